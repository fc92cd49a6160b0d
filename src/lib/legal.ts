/**
 * Legal citations in both languages from one Swedish provision string.
 * Chapters write the provision once, in Swedish ("5 kap. 15 § andra stycket"); the English
 * edition renders it as "Chapter 5, Section 15, second paragraph".
 */

const ORDINALS: Record<string, string> = {
  första: 'first',
  andra: 'second',
  tredje: 'third',
  fjärde: 'fourth',
  femte: 'fifth',
  sjätte: 'sixth',
  sjunde: 'seventh',
  åttonde: 'eighth',
};

/** A provision string we can cite: chapters, sections, paragraphs, points, articles and recitals. */
const PROVISION =
  /^(?:(\d+ ?[a-z]?) kap\.(?: |$))?(?:(\d+(?: [a-z])?(?:[–-]\d+(?: [a-z])?)?|\d+ [a-z]–[a-z]) §§?)?(?: (första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde) stycket)?(?: (\d+) p\.)?$/;
const ARTICLE = /^(artikel|artiklarna|skäl) (\d+[a-z]?(?:(?:[–-]| och )\d+[a-z]?)?)(?:\.(\d+))?$/;

export function isValidProvision(p: string): boolean {
  if (ARTICLE.test(p)) return true;
  const m = PROVISION.exec(p);
  return Boolean(m && (m[1] || m[2]));
}

/** "4 kap. 1 a §" → "Chapter 4, Section 1 a"; "artikel 11" → "Article 11". Throws on a form it cannot read. */
export function provisionToEnglish(p: string): string {
  const a = ARTICLE.exec(p);
  if (a) {
    const word = a[1] === 'skäl' ? 'Recital' : a[1] === 'artiklarna' ? 'Articles' : 'Article';
    const nums = a[2]!.replace(' och ', ' and ');
    return a[3] ? `${word} ${nums}(${a[3]})` : `${word} ${nums}`;
  }
  const m = PROVISION.exec(p);
  if (!m || !(m[1] || m[2])) throw new Error(`cannot read the provision "${p}"`);
  const parts: string[] = [];
  if (m[1]) parts.push(`Chapter ${m[1]}`);
  if (m[2]) parts.push(`${/§§|[–-]/.test(p) ? 'Sections' : 'Section'} ${m[2]}`);
  let text = parts.join(', ');
  if (m[3]) text += `, ${ORDINALS[m[3]]} paragraph`;
  if (m[4]) text += `, point ${m[4]}`;
  return text;
}

export type LawType = 'act' | 'ordinance' | 'regulation' | 'eu-directive' | 'convention' | 'protocol';

export interface CitableLaw {
  type: LawType;
  sfs?: string | undefined;
  name: { sv: string; en: string };
}

export type Lang = 'sv' | 'en';

/**
 * The visible text of a citation.
 * sv: "5 kap. 15 § utlänningslagen (2005:716)"; "artikel 11 i direktiv 2011/36/EU"
 * en: "Chapter 5, Section 15 of the Aliens Act (utlänningslagen, 2005:716)"; "Article 11 of Directive 2011/36/EU"
 * `first` adds the SFS number (and in English the Swedish name as a gloss).
 */
export function citation(law: CitableLaw, lang: Lang, p?: string, first = false): string {
  const swedish = law.type === 'act' || law.type === 'ordinance';
  if (lang === 'sv') {
    const name = law.name.sv;
    const tail = first && law.sfs ? ` (${law.sfs})` : '';
    if (!p) return `${name}${tail}`;
    return swedish ? `${p} ${name}${tail}` : `${p} i ${name}${tail}`;
  }
  let name = law.name.en;
  if (swedish && first) name += law.sfs ? ` (${law.name.sv}, ${law.sfs})` : ` (${law.name.sv})`;
  if (!p) return name;
  return `${provisionToEnglish(p)} of ${name}`;
}

/**
 * The content check: everything about the manual that a schema alone cannot see.
 * Unknown ids, broken section links, sections or blocks that exist in one language only.
 * Pure: it takes the sources and the data ids and returns problems, each naming file, line and fix.
 */
import { parseOutline, positionIn, type Outline, type OutlineText } from './outline.ts';
import { isValidProvision, type Lang } from './legal.ts';

export interface ChapterSource {
  /** path shown in messages, e.g. content/sv/steg-2.mdx */
  file: string;
  lang: Lang;
  /** chapter id: the file name without .mdx */
  id: string;
  order?: number | undefined;
  kind?: string | undefined;
  step?: number | undefined;
  body: string;
  /** lines before the body (front matter), so reported lines match the file */
  bodyLine: number;
  /** the front matter has a problem already reported: its fields are not compared with the other language */
  frontmatterBroken?: boolean;
}

export interface DataIds {
  actors: ReadonlySet<string>;
  laws: ReadonlySet<string>;
  contacts: ReadonlySet<string>;
  changes: ReadonlySet<string>;
  /** ids in content/data/sources.yaml */
  sources: ReadonlySet<string>;
}

/** The writing rules the contract enforces on text readers see (src/lib/style-rules.ts and the glossary). */
export interface TextRules {
  /** phrases that show our research instead of the manual; matched anywhere, ignoring case */
  phrases: Record<Lang, readonly string[]>;
  /** why the phrases are refused, per language */
  reason?: Partial<Record<Lang, string>>;
  /** forms to avoid, with the preferred term (whole words, case-sensitive) */
  avoid: Record<Lang, ReadonlyArray<{ form: string; preferred: string }>>;
}

/** For the law-coverage rule: the law each law source stands for (source id → law id). */
export type SourceLaws = ReadonlyMap<string, string>;

export const NO_RULES: TextRules = { phrases: { sv: [], en: [] }, avoid: { sv: [], en: [] } };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds research phrases and avoided terms in one piece of reader text. Offsets are into `text`. */
export function findTextProblems(text: string, lang: Lang, rules: TextRules): Array<{ offset: number; message: string; fix: string }> {
  const found: Array<{ offset: number; message: string; fix: string }> = [];
  const lower = text.toLocaleLowerCase(lang);
  for (const phrase of rules.phrases[lang]) {
    const at = lower.indexOf(phrase.toLocaleLowerCase(lang));
    if (at >= 0) {
      found.push({
        offset: at,
        message: `research language "${text.slice(at, at + phrase.length)}" in text readers see (${rules.reason?.[lang] ?? 'src/lib/style-rules.ts'})`,
        fix: 'verify the fact and cite it in the section\'s <Sources>, or point to the authoritative page, or leave it out and add the question to content/open-questions.yaml',
      });
    }
  }
  for (const { form, preferred } of rules.avoid[lang]) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (m) found.push({ offset: m.index, message: `"${form}" is a form the glossary says to avoid`, fix: `write "${preferred}" (content/data/glossary.yaml)` });
  }
  return found;
}

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  fix: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}. Fix: ${p.fix}.`;
}

/** What <Publisher field="…" /> shows from content/data/site.yaml → publisher. */
export const PUBLISHER_FIELDS = ['name', 'contact', 'feedback'] as const;

const SECTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function suggest(id: string, known: ReadonlySet<string>): string {
  const close = [...known].filter((k) => k.includes(id) || id.includes(k) || k.slice(0, 4) === id.slice(0, 4));
  return close.length ? ` (did you mean ${close.slice(0, 3).map((c) => `"${c}"`).join(', ')}?)` : '';
}

/** The sections the chapters define, for data that points at them (content/data/search-terms.yaml). */
export interface KnownSections {
  ids: Set<string>;
  /** ids of chapters the parser could not read: their sections are unknown, so nothing pointing into them is reported again */
  unread: Set<string>;
}

/**
 * @param cited filled with every source id the chapters cite (in <Sources> or <SourceLink>), for the register check;
 *   `complete` turns false when a chapter could not be read, so no source is called uncited because of it
 * @param known filled with every section id (either language) and the chapters that could not be read
 */
export function checkChapters(chapters: ChapterSource[], ids: DataIds, rules: TextRules = NO_RULES, sourceLaws: SourceLaws = new Map(), cited: { ids: Set<string>; complete: boolean } = { ids: new Set(), complete: true }, known: KnownSections = { ids: new Set(), unread: new Set() }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const outlines = new Map<ChapterSource, Outline>();
  for (const c of chapters) outlines.set(c, parseOutline(c.body, c.bodyLine));
  for (const [c, o] of outlines) {
    if (o.unreadable) known.unread.add(c.id);
    for (const s of o.sections) if (s.id) known.ids.add(s.id);
  }

  // 1. Structure and references inside each chapter.
  for (const [c, o] of outlines) {
    for (const p of o.problems) problems.push({ file: c.file, line: p.line, column: p.column, message: p.message, fix: p.fix });
    // A file the parser could not read yields one problem, not a cascade of follow-on ones.
    if (o.unreadable) {
      cited.complete = false;
      continue;
    }

    // Text readers see: no research language, no avoided terms.
    for (const run of o.texts) {
      for (const f of findTextProblems(run.text, c.lang, rules)) {
        const at = positionIn(run as OutlineText, f.offset);
        problems.push({ file: c.file, line: at.line, column: at.column, message: f.message, fix: f.fix });
      }
    }

    // Sources: every section of a step chapter has its own; each id is known; each act cited with <Law> is listed.
    if (c.kind === 'step') {
      for (const s of o.unsourced) {
        problems.push({ file: c.file, line: s.line, message: `section "${s.id}" has no <Sources>`, fix: 'end the section\'s own text (before any subsection) with <Sources ids="…" />, naming the sources of its facts from content/data/sources.yaml' });
      }
    }
    for (const u of o.uses) if (u.component === 'SourceLink' && typeof u.attrs.id === 'string') cited.ids.add(u.attrs.id);
    for (const s of o.sources) {
      for (const id of s.ids) {
        cited.ids.add(id);
        if (!ids.sources.has(id)) problems.push({ file: c.file, line: s.line, message: `unknown source id "${id}" in <Sources>${suggest(id, ids.sources)}`, fix: `use an id from content/data/sources.yaml, or add "${id}" there` });
      }
    }
    const sourcesOf = new Map(o.sources.filter((s) => s.sectionId).map((s) => [s.sectionId!, s]));
    const lawSeen = new Set<string>();
    for (const u of o.uses) {
      if (u.component !== 'Law' || !u.sectionId || typeof u.attrs.id !== 'string') continue;
      const list = sourcesOf.get(u.sectionId);
      if (!list || lawSeen.has(`${u.sectionId}|${u.attrs.id}`)) continue;
      lawSeen.add(`${u.sectionId}|${u.attrs.id}`);
      const law = u.attrs.id;
      if (!list.ids.some((id) => sourceLaws.get(id) === law)) {
        const sid = [...sourceLaws].find(([, l]) => l === law)?.[0];
        problems.push({ file: c.file, line: list.line, message: `section "${u.sectionId}" cites <Law id="${law}"> (line ${u.line}) but its <Sources> does not list that act`, fix: sid ? `add "${sid}" to <Sources ids="…">` : `add a source with kind: law and law: ${law} to content/data/sources.yaml and list it in <Sources>` });
      }
    }

    for (const s of o.sections) {
      if (s.id && !SECTION_ID.test(s.id)) {
        problems.push({ file: c.file, line: s.line, message: `section id "${s.id}" has characters an address cannot keep`, fix: 'use lower case a–z, digits and hyphens' });
      } else if (s.id && !s.id.startsWith(`${c.id}-`)) {
        problems.push({ file: c.file, line: s.line, message: `section id "${s.id}" does not start with the chapter id`, fix: `rename it "${c.id}-…" (ids must be unique across the manual)` });
      }
    }

    const seenBlocks = new Map<string, number>();
    for (const b of o.blocks) {
      const key = `${b.sectionId}|${b.actor}`;
      const earlier = seenBlocks.get(key);
      if (earlier !== undefined) {
        problems.push({ file: c.file, line: b.line, message: `a second <Responsibility actor="${b.actor}"> in section "${b.sectionId}" (first at line ${earlier})`, fix: 'merge the two blocks into one' });
      }
      seenBlocks.set(key, b.line);
    }

    for (const u of o.uses) {
      const attr = (name: string) => (typeof u.attrs[name] === 'string' ? (u.attrs[name] as string) : '');
      const need = (name: string, known: ReadonlySet<string>, file: string) => {
        const value = attr(name);
        if (!value) {
          problems.push({ file: c.file, line: u.line, message: `<${u.component}> without ${name}`, fix: `add ${name}="…" with an id from content/data/${file}` });
        } else if (!known.has(value)) {
          problems.push({ file: c.file, line: u.line, message: `unknown ${u.component === 'Responsibility' || u.component === 'Actor' ? 'actor' : u.component.toLowerCase()} id "${value}" in <${u.component}>${suggest(value, known)}`, fix: `use an id from content/data/${file}, or add "${value}" there` });
        }
      };
      switch (u.component) {
        case 'Responsibility':
        case 'Actor':
          need(u.component === 'Actor' ? 'id' : 'actor', ids.actors, 'actors.yaml');
          break;
        case 'Law': {
          need('id', ids.laws, 'laws.yaml');
          const p = attr('p');
          if (u.attrs.p !== undefined && !isValidProvision(p)) {
            problems.push({ file: c.file, line: u.line, message: `provision p="${p}" cannot be read`, fix: 'write it the Swedish way: "5 kap. 15 §", "4 kap. 1 a §", "6 §", "5 kap. 15 § andra stycket", "artikel 11"' });
          }
          break;
        }
        case 'Contact':
          need('id', ids.contacts, 'contacts.yaml');
          break;
        case 'ChangeNote':
          need('id', ids.changes, 'changes.yaml');
          break;
        case 'SourceLink':
          need('id', ids.sources, 'sources.yaml');
          break;
        case 'Publisher':
          if (!(PUBLISHER_FIELDS as readonly string[]).includes(attr('field'))) {
            problems.push({ file: c.file, line: u.line, message: `<Publisher field="${attr('field')}"> names no publisher field`, fix: `use field="${PUBLISHER_FIELDS.join('", "')}" (content/data/site.yaml → publisher)` });
          }
          break;
        default:
          break;
      }
    }
  }

  // 2. Section ids are unique within each language, and <Ref> targets exist.
  for (const lang of ['sv', 'en'] as const) {
    const where = new Map<string, string>();
    for (const [c, o] of outlines) {
      if (c.lang !== lang) continue;
      for (const s of o.sections) {
        const other = where.get(s.id);
        if (other) problems.push({ file: c.file, line: s.line, message: `section id "${s.id}" is also used in ${other}`, fix: 'choose a new id; every section id is unique across the manual' });
        else where.set(s.id, `${c.file}:${s.line}`);
      }
    }
    // Links into a chapter the parser could not read are not reported again: its one problem says it all.
    const unread = [...outlines].filter(([c, o]) => c.lang === lang && o.unreadable).map(([c]) => `${c.id}-`);
    for (const [c, o] of outlines) {
      if (c.lang !== lang) continue;
      for (const u of o.uses) {
        if (u.component !== 'Ref') continue;
        const to = typeof u.attrs.to === 'string' ? u.attrs.to : '';
        if (!where.has(to) && !unread.some((prefix) => to.startsWith(prefix))) problems.push({ file: c.file, line: u.line, message: `<Ref to="${to}"> points at no section`, fix: 'use the id of an existing <Section>' });
      }
    }
  }

  // 3. Parity: the two languages have the same chapters, sections, blocks, checklists and dated notes.
  const byId = new Map<string, Partial<Record<Lang, ChapterSource>>>();
  for (const c of chapters) byId.set(c.id, { ...byId.get(c.id), [c.lang]: c });
  for (const [id, pair] of byId) {
    const { sv, en } = pair;
    if (!sv || !en) {
      const have = (sv ?? en)!;
      const missing = sv ? 'en' : 'sv';
      problems.push({ file: have.file, message: `chapter "${id}" exists only in ${have.lang === 'sv' ? 'Swedish' : 'English'}`, fix: `write content/${missing}/${id}.mdx with the same sections` });
      continue;
    }
    for (const field of ['order', 'kind', 'step'] as const) {
      if (sv.frontmatterBroken || en.frontmatterBroken) break;
      if (sv[field] !== en[field]) problems.push({ file: en.file, message: `front matter ${field} is ${String(en[field])} here but ${String(sv[field])} in ${sv.file}`, fix: `make ${field} the same in both languages` });
    }
    const osv = outlines.get(sv)!;
    const oen = outlines.get(en)!;
    if (osv.unreadable || oen.unreadable) continue;
    const shape = (o: Outline) => o.sections.map((s) => `${s.id}@${s.level}`);
    const ssv = shape(osv);
    const sen = shape(oen);
    for (const s of osv.sections) if (!oen.sections.some((x) => x.id === s.id)) problems.push({ file: en.file, message: `section "${s.id}" (${sv.file}:${s.line}) is missing in English`, fix: `add <Section id="${s.id}" …> in the same place` });
    for (const s of oen.sections) if (!osv.sections.some((x) => x.id === s.id)) problems.push({ file: sv.file, message: `section "${s.id}" (${en.file}:${s.line}) is missing in Swedish`, fix: `add <Section id="${s.id}" …> in the same place, or remove it from English` });
    const sameIds = [...ssv].map((x) => x.split('@')[0]).sort().join() === [...sen].map((x) => x.split('@')[0]).sort().join();
    if (sameIds && ssv.join() !== sen.join()) {
      problems.push({ file: en.file, message: `sections are in a different order or nesting than in ${sv.file} (sv: ${ssv.join(', ')})`, fix: 'order and nest the sections as in Swedish' });
    }
    const blockKeys = (o: Outline) => new Map(o.blocks.map((b) => [`${b.sectionId}|${b.actor}`, b.line]));
    const bsv = blockKeys(osv);
    const ben = blockKeys(oen);
    for (const [k, line] of bsv) if (!ben.has(k)) { const [sec, actor] = k.split('|'); problems.push({ file: en.file, message: `<Responsibility actor="${actor}"> in section "${sec}" (${sv.file}:${line}) is missing in English`, fix: 'add the same block to the same section' }); }
    for (const [k, line] of ben) if (!bsv.has(k)) { const [sec, actor] = k.split('|'); problems.push({ file: sv.file, message: `<Responsibility actor="${actor}"> in section "${sec}" (${en.file}:${line}) is missing in Swedish`, fix: 'add the same block to the same section, or remove it from English' }); }
    const lists = (o: Outline) => new Map(o.checklists.map((l) => [l.sectionId, l]));
    const lsv = lists(osv);
    const len = lists(oen);
    for (const [sec, l] of lsv) {
      const other = len.get(sec);
      if (!other) problems.push({ file: en.file, message: `the checklist in section "${sec}" (${sv.file}:${l.line}) is missing in English`, fix: 'add the <Checklist> with the same items' });
      else if (other.items !== l.items) problems.push({ file: en.file, line: other.line, message: `the checklist in section "${sec}" has ${other.items} items here and ${l.items} in ${sv.file}:${l.line}`, fix: 'give both languages the same items' });
    }
    for (const [sec, l] of len) if (!lsv.has(sec)) problems.push({ file: sv.file, message: `the checklist in section "${sec}" (${en.file}:${l.line}) is missing in Swedish`, fix: 'add the <Checklist>, or remove it from English' });
    const srcs = (o: Outline) => new Map(o.sources.map((x) => [x.sectionId ?? '', x]));
    const psv = srcs(osv);
    const pen = srcs(oen);
    for (const [sec, x] of psv) {
      const other = pen.get(sec);
      const key = (l: string[]) => [...l].sort().join(' ');
      if (!oen.sections.some((y) => y.id === sec) || !osv.sections.some((y) => y.id === sec)) continue;
      if (!other) problems.push({ file: en.file, message: `<Sources> of section "${sec}" (${sv.file}:${x.line}) is missing in English`, fix: `add <Sources ids="${x.ids.join(' ')}" /> at the end of the section's own text` });
      else if (key(other.ids) !== key(x.ids)) problems.push({ file: en.file, line: other.line, message: `<Sources> of section "${sec}" names "${other.ids.join(' ')}" here but "${x.ids.join(' ')}" in ${sv.file}:${x.line}`, fix: 'cite the same sources in both languages' });
    }
    for (const [sec, x] of pen) if (!psv.has(sec) && osv.sections.some((y) => y.id === sec)) problems.push({ file: sv.file, message: `<Sources> of section "${sec}" (${en.file}:${x.line}) is missing in Swedish`, fix: 'add the same <Sources> to the Swedish section, or remove it from English' });
    const notes = (o: Outline) => new Set(o.uses.filter((u) => u.component === 'ChangeNote').map((u) => `${u.sectionId ?? ''}|${String(u.attrs.id)}`));
    const nsv = notes(osv);
    const nen = notes(oen);
    for (const k of nsv) if (!nen.has(k)) problems.push({ file: en.file, message: `<ChangeNote id="${k.split('|')[1]}"> in section "${k.split('|')[0]}" is missing in English`, fix: 'add the same dated note to the same section' });
    for (const k of nen) if (!nsv.has(k)) problems.push({ file: sv.file, message: `<ChangeNote id="${k.split('|')[1]}"> in section "${k.split('|')[0]}" is missing in Swedish`, fix: 'add the same dated note to the same section, or remove it from English' });
  }

  return problems;
}

export interface DataRefs {
  file: string;
  /** [field path, referenced id, kind] */
  refs: Array<{ where: string; id: string; kind: keyof DataIds }>;
}

/** Cross-references between data files (an actor's contacts, a glossary term's law, a change's laws). */
export function checkDataRefs(all: DataRefs[], ids: DataIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = { actors: 'actors.yaml', laws: 'laws.yaml', contacts: 'contacts.yaml', changes: 'changes.yaml', sources: 'sources.yaml' };
  for (const d of all) {
    for (const r of d.refs) {
      if (!ids[r.kind].has(r.id)) problems.push({ file: d.file, message: `${r.where}: unknown id "${r.id}"${suggest(r.id, ids[r.kind])}`, fix: `use an id from content/data/${file[r.kind]}` });
    }
  }
  return problems;
}

/** The register: a source that nothing cites is refused (it would be a fact without a reader), and so is a duplicate address. */
export function checkSourceRegister(
  file: string,
  register: ReadonlyArray<{ id: string; url?: string | undefined; law?: string | undefined }>,
  cited: ReadonlySet<string>,
  laws: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byUrl = new Map<string, string>();
  const byLaw = new Map<string, string>();
  for (const s of register) {
    if (!cited.has(s.id)) problems.push({ file, message: `source "${s.id}" is not cited anywhere`, fix: 'cite it in a <Sources ids="…" /> (or an actor\'s sources) or remove it from the register' });
    if (s.law && !laws.has(s.law)) problems.push({ file, message: `source "${s.id}" → field "law": unknown law id "${s.law}"${suggest(s.law, laws)}`, fix: 'use an id from content/data/laws.yaml' });
    const key = s.url ? s.url.replace(/\/$/, '') : undefined;
    if (key && byUrl.has(key)) problems.push({ file, message: `source "${s.id}" has the same address as "${byUrl.get(key)}"`, fix: `cite "${byUrl.get(key)}" and remove "${s.id}"` });
    if (key) byUrl.set(key, s.id);
    if (s.law && byLaw.has(s.law)) problems.push({ file, message: `source "${s.id}" stands for the same law as "${byLaw.get(s.law)}"`, fix: `cite "${byLaw.get(s.law)}" and remove "${s.id}"` });
    if (s.law) byLaw.set(s.law, s.id);
  }
  return problems;
}

/** The section ids closest to a mistyped one: those sharing the longest start with it. */
function closestSections(id: string, known: ReadonlySet<string>): string {
  const common = (k: string) => {
    let n = 0;
    while (n < k.length && n < id.length && k[n] === id[n]) n++;
    return n;
  };
  const close = [...known].map((k) => ({ k, n: common(k) })).filter((x) => x.n >= Math.min(8, id.length / 2)).sort((a, b) => b.n - a.n).slice(0, 3);
  return close.length ? ` (did you mean ${close.map((c) => `"${c.k}"`).join(', ')}?)` : '';
}

/** content/data/search-terms.yaml: every entry leads to a section that exists (its id is a <Section> id). */
export function checkSearchTerms(file: string, entries: ReadonlyArray<{ id: string }>, known: KnownSections): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (known.ids.has(e.id) || [...known.unread].some((c) => e.id.startsWith(`${c}-`))) continue;
    problems.push({ file, message: `entry "${e.id}": no section has this id${closestSections(e.id, known.ids)}`, fix: 'use the id of an existing <Section> (content/published-addresses.json lists them), or remove the entry' });
  }
  return problems;
}

/** Research phrases and avoided terms in the data fields that readers see. */
export function checkDataText(file: string, fields: ReadonlyArray<{ where: string; lang: Lang; text: string; terms?: boolean }>, rules: TextRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of fields) {
    const r = f.terms === false ? { ...rules, avoid: { sv: [], en: [] } } : rules;
    for (const p of findTextProblems(f.text, f.lang, r)) problems.push({ file, message: `${f.where}: ${p.message}`, fix: p.fix });
  }
  return problems;
}

/**
 * The contact card: each entry has its own position, and an entry reached through another contact names one
 * with a number or address of its own (a phone, e-mail or fax), never itself.
 */
export function checkContactCard(
  file: string,
  contacts: ReadonlyArray<{ id: string; type: string; card?: { position: number; via?: string | undefined } | undefined }>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const at = new Map<number, string>();
  for (const c of contacts) {
    if (!c.card) continue;
    const other = at.get(c.card.position);
    if (other) problems.push({ file, message: `entry "${c.id}" → card.position: ${c.card.position} is already the position of "${other}"`, fix: 'give each contact on the card a position of its own (1 is first)' });
    else at.set(c.card.position, c.id);
    const via = c.card.via;
    if (via === undefined) continue;
    const target = byId.get(via);
    if (via === c.id) problems.push({ file, message: `entry "${c.id}" → card.via: a contact cannot be reached through itself`, fix: 'name the contact that leads to this one, or remove via' });
    else if (target && !['phone', 'email', 'fax'].includes(target.type)) problems.push({ file, message: `entry "${c.id}" → card.via: "${via}" has no number or address of its own (type ${target.type})`, fix: 'name a contact of type phone, email or fax' });
  }
  return problems;
}

/** The publisher fields a published site must fill in (content/data/site.yaml → publisher). */
export interface PublisherFields {
  name: { sv: string; en: string };
  contact: string;
  feedback: string;
}

/**
 * A site built for publication (SITE_URL set) must say who publishes it: the accessibility statement names the
 * publisher and where readers report problems. A preview build without SITE_URL may leave the fields empty.
 */
export function checkPublisher(file: string, publisher: PublisherFields | undefined, siteUrl: string | undefined): ContentProblem[] {
  if (!siteUrl || !publisher) return [];
  const fields: Array<[string, string]> = [
    ['publisher.name.sv', publisher.name.sv],
    ['publisher.name.en', publisher.name.en],
    ['publisher.contact', publisher.contact],
    ['publisher.feedback', publisher.feedback],
  ];
  const what: Record<string, string> = {
    'publisher.name.sv': 'the name of the agency that publishes the site, in Swedish',
    'publisher.name.en': 'the same agency\'s name in English',
    'publisher.contact': 'the agency\'s contact page (https://…) or e-mail address',
    'publisher.feedback': 'where readers report accessibility problems and ask for content in another format: a web form (https://…) or an e-mail address',
  };
  return fields
    .filter(([, value]) => value.trim() === '')
    .map(([field]) => ({
      file,
      message: `field "${field}" is empty, but SITE_URL is set (${siteUrl}): a published site must say who publishes it, in the accessibility statement`,
      fix: `set ${field} in content/data/site.yaml to ${what[field]}; or, for a preview, build without SITE_URL (README: "Deploying")`,
    }));
}

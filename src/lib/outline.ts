/**
 * Reads the structure of a chapter straight from its MDX source: sections, responsibility blocks,
 * checklists and every reference to data (laws, contacts, actors, changes, other sections).
 * Pure: no file system, no Astro. The same reading feeds the content check, the table of contents,
 * section numbers, the actor pages and the responsibility matrix.
 */

export const KNOWN_COMPONENTS = [
  'Section',
  'Responsibility',
  'Checklist',
  'InBrief',
  'Law',
  'Contact',
  'Actor',
  'Ref',
  'ChangeNote',
  'ContactList',
  'GlossaryList',
  'LawList',
  'ChangeLog',
] as const;
export type ComponentName = (typeof KNOWN_COMPONENTS)[number];

export interface OutlineSection {
  id: string;
  title: string;
  level: 2 | 3;
  line: number;
  parentId?: string;
}

export interface OutlineBlock {
  actor: string;
  sectionId: string;
  line: number;
}

export interface OutlineChecklist {
  sectionId: string;
  items: number;
  line: number;
}

export interface OutlineUse {
  component: ComponentName;
  attrs: Record<string, string | true>;
  sectionId?: string;
  line: number;
}

export interface OutlineProblem {
  line: number;
  message: string;
  fix: string;
}

export interface Outline {
  sections: OutlineSection[];
  blocks: OutlineBlock[];
  checklists: OutlineChecklist[];
  uses: OutlineUse[];
  problems: OutlineProblem[];
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9.]*)((?:\s+[A-Za-z-]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTR = /([A-Za-z-]+)(?:="([^"]*)")?/g;

export function parseAttrs(source: string): Record<string, string | true> {
  const attrs: Record<string, string | true> = {};
  for (const m of source.matchAll(ATTR)) {
    attrs[m[1]!] = m[2] ?? true;
  }
  return attrs;
}

/** Line number (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Replaces fenced code blocks with blank lines so that their content is not read as tags. */
function blankCodeFences(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/**
 * @param body the MDX source without front matter
 * @param lineOffset number of lines before the body in the file (front matter), so lines match the file
 */
export function parseOutline(body: string, lineOffset = 0): Outline {
  const text = blankCodeFences(body);
  const out: Outline = { sections: [], blocks: [], checklists: [], uses: [], problems: [] };
  const sectionStack: OutlineSection[] = [];
  let openBlock: { actor: string; line: number } | null = null;
  let openChecklist: { start: number; line: number } | null = null;
  let openInBrief: number | null = null;
  const at = (offset: number) => lineAt(text, offset) + lineOffset;

  // Markdown headings are not allowed: every heading must come from <Section> so it has a stable id.
  text.split('\n').forEach((line, i) => {
    if (/^ {0,3}#{1,6}\s/.test(line)) {
      out.problems.push({
        line: i + 1 + lineOffset,
        message: `a markdown heading ("${line.trim().slice(0, 40)}")`,
        fix: 'use <Section id="…" title="…"> … </Section> so the heading gets a stable id',
      });
    }
  });

  for (const m of text.matchAll(TAG)) {
    const [, closing, name, attrSource = '', selfClosing] = m;
    const line = at(m.index!);
    if (!(KNOWN_COMPONENTS as readonly string[]).includes(name!)) {
      if (/^[A-Z]/.test(name!)) {
        out.problems.push({
          line,
          message: `unknown component <${name}>`,
          fix: `use one of ${KNOWN_COMPONENTS.join(', ')} (see content/README.md)`,
        });
      }
      continue;
    }
    const component = name as ComponentName;
    const attrs = parseAttrs(attrSource);
    const current = sectionStack.at(-1);

    if (component === 'Section') {
      if (closing) {
        if (!sectionStack.pop()) {
          out.problems.push({ line, message: '</Section> without an opening <Section>', fix: 'remove it or add the opening tag' });
        }
        continue;
      }
      if (selfClosing) {
        out.problems.push({ line, message: '<Section /> is empty', fix: 'write <Section id="…" title="…"> text </Section>' });
        continue;
      }
      const id = typeof attrs.id === 'string' ? attrs.id : '';
      const title = typeof attrs.title === 'string' ? attrs.title : '';
      if (!id) out.problems.push({ line, message: '<Section> without id', fix: 'add id="chapter-id-topic"' });
      if (!title) out.problems.push({ line, message: `<Section id="${id}"> without title`, fix: 'add title="…"' });
      if (openBlock) {
        out.problems.push({ line, message: `<Section id="${id}"> inside a <Responsibility> block`, fix: 'close the </Responsibility> first' });
      }
      if (sectionStack.length >= 2) {
        out.problems.push({
          line,
          message: `<Section id="${id}"> is nested three levels deep`,
          fix: 'sections go two levels deep at most (h2 and h3); close the outer section first',
        });
      }
      const section: OutlineSection = { id, title, level: sectionStack.length === 0 ? 2 : 3, line };
      if (current) section.parentId = current.id;
      out.sections.push(section);
      sectionStack.push(section);
      continue;
    }

    if (component === 'Responsibility') {
      if (closing) {
        if (!openBlock) out.problems.push({ line, message: '</Responsibility> without an opening tag', fix: 'remove it or add <Responsibility actor="…">' });
        openBlock = null;
        continue;
      }
      const actor = typeof attrs.actor === 'string' ? attrs.actor : '';
      if (!actor) out.problems.push({ line, message: '<Responsibility> without actor', fix: 'add actor="<actor id from content/data/actors.yaml>"' });
      if (openBlock) out.problems.push({ line, message: `<Responsibility actor="${actor}"> inside another block (line ${openBlock.line})`, fix: 'close the first </Responsibility> before opening the next' });
      if (!current) {
        out.problems.push({ line, message: `<Responsibility actor="${actor}"> outside any <Section>`, fix: 'move the block into the section where the duty applies' });
      } else {
        out.blocks.push({ actor, sectionId: current.id, line });
      }
      if (!selfClosing) openBlock = { actor, line };
      out.uses.push({ component, attrs, ...(current ? { sectionId: current.id } : {}), line });
      continue;
    }

    if (component === 'Checklist') {
      if (closing) {
        if (openChecklist) {
          const inner = text.slice(openChecklist.start, m.index);
          const items = inner.split('\n').filter((l) => /^(\d+[.)]|[-*+])\s+\S/.test(l)).length;
          if (items === 0) out.problems.push({ line: openChecklist.line, message: 'a <Checklist> without list items', fix: 'write a numbered list: "1. Kontakta …"' });
          if (current) out.checklists.push({ sectionId: current.id, items, line: openChecklist.line });
          else out.problems.push({ line: openChecklist.line, message: '<Checklist> outside any <Section>', fix: 'put the checklist in its own section ("Gör så här")' });
        }
        openChecklist = null;
        continue;
      }
      openChecklist = { start: m.index! + m[0].length, line };
      continue;
    }

    if (component === 'InBrief') {
      if (closing) openInBrief = null;
      else openInBrief = line;
      continue;
    }

    if (closing) continue;
    out.uses.push({ component, attrs, ...(current ? { sectionId: current.id } : {}), line });
  }

  for (const s of sectionStack) {
    out.problems.push({ line: s.line, message: `<Section id="${s.id}"> is never closed`, fix: 'add </Section> at the end of the section' });
  }
  if (openBlock) out.problems.push({ line: openBlock.line, message: `<Responsibility actor="${openBlock.actor}"> is never closed`, fix: 'add </Responsibility>' });
  if (openChecklist) out.problems.push({ line: openChecklist.line, message: '<Checklist> is never closed', fix: 'add </Checklist>' });
  if (openInBrief !== null) out.problems.push({ line: openInBrief, message: '<InBrief> is never closed', fix: 'add </InBrief>' });
  return out;
}

/**
 * Display numbers of sections. In a step chapter the sections are numbered from the step:
 * 2.1, 2.2, 2.2.1 … Other chapters have no section numbers.
 */
export function numberSections(sections: OutlineSection[], step?: number): Map<string, string> {
  const numbers = new Map<string, string>();
  if (step === undefined) return numbers;
  let h2 = 0;
  let h3 = 0;
  for (const s of sections) {
    if (s.level === 2) {
      h2++;
      h3 = 0;
      numbers.set(s.id, `${step}.${h2}`);
    } else {
      h3++;
      numbers.set(s.id, `${step}.${h2}.${h3}`);
    }
  }
  return numbers;
}

/**
 * Reads the structure of a chapter from its MDX syntax tree (unified + remark-parse + remark-mdx + remark-gfm):
 * sections, responsibility blocks, checklists, sources, every reference to data (laws, contacts, actors,
 * changes, sources, other sections) and the text a reader sees, each with its line and column.
 * Pure: no file system, no Astro. The same reading feeds the content check, the table of contents,
 * section numbers, the actor pages and the responsibility matrix.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Parent, Node } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

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
  'Sources',
  'SourceLink',
  'ContactList',
  'GlossaryList',
  'LawList',
  'ChangeLog',
  'Publisher',
  'AccessibilityStatus',
] as const;
export type ComponentName = (typeof KNOWN_COMPONENTS)[number];

/** The ids of <Sources ids="a b" />, as the contract reads them and the component renders them. */
export function sourceIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** The attributes each component takes; anything else is refused, so a misspelt attribute never renders silently. */
const COMPONENT_ATTRS: Record<ComponentName, readonly string[]> = {
  Section: ['id', 'title'],
  Responsibility: ['actor'],
  Checklist: [],
  InBrief: [],
  Law: ['id', 'p', 'sfs'],
  Contact: ['id'],
  Actor: ['id', 'short'],
  Ref: ['to'],
  ChangeNote: ['id'],
  Sources: ['ids'],
  SourceLink: ['id'],
  ContactList: [],
  GlossaryList: [],
  LawList: [],
  ChangeLog: [],
  Publisher: ['field'],
  AccessibilityStatus: [],
};

/** Components that stand on their own line (flow); the others sit inside a paragraph (text). */
const FLOW_ONLY: ReadonlySet<ComponentName> = new Set(['Section', 'Responsibility', 'Checklist', 'InBrief', 'Sources', 'ChangeNote', 'ContactList', 'GlossaryList', 'LawList', 'ChangeLog', 'AccessibilityStatus']);

/** Plain HTML elements a chapter may contain, and the only attributes they may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title', 'lang'],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  span: ['lang'],
};

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
  column?: number;
}

/** One <Sources ids="…" /> and the section it closes. */
export interface OutlineSources {
  sectionId?: string;
  ids: string[];
  line: number;
}

/** A run of text that a reader sees, with the position where it starts in the file. */
export interface OutlineText {
  text: string;
  line: number;
  column: number;
  sectionId?: string;
  /** where each character came from: [offset in text, line, column] at each text node's start */
  starts: Array<[number, number, number]>;
}

export interface OutlineProblem {
  line: number;
  column?: number;
  message: string;
  fix: string;
}

export interface Outline {
  sections: OutlineSection[];
  blocks: OutlineBlock[];
  checklists: OutlineChecklist[];
  uses: OutlineUse[];
  sources: OutlineSources[];
  /** sections with no <Sources> of their own */
  unsourced: OutlineSection[];
  texts: OutlineText[];
  problems: OutlineProblem[];
  /** the parser could not read the file: everything else about it is unknown */
  unreadable: boolean;
  /**
   * Each section's own MDX source, by section id: from its opening tag to its closing tag, without its
   * subsections (each subsection has its own). What a translation is compared with (src/lib/translations.ts).
   */
  own: Map<string, string>;
  /** The chapter's own source outside every section: the lead, the In brief box. */
  intro: string;
  /** Markdown links ([text](address) and bare addresses), with the section they stand in. */
  links: OutlineLink[];
}

export interface OutlineLink {
  url: string;
  line: number;
  sectionId?: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function isJsx(node: Node): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A problem the MDX parser raised, in words an editor can act on. */
function parseProblem(error: unknown, lineOffset: number): OutlineProblem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
  // Some MDX errors carry their position only in the reason text: "… (3:1-3:17)".
  const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const line = (place?.line ?? e.line ?? (inReason ? Number(inReason[1]) : 1)) + lineOffset;
  const column = place?.column ?? e.column ?? (inReason ? Number(inReason[2]) : 1);
  const unclosed = /Expected a closing tag for `<([A-Za-z.]+)>`/.exec(reason);
  if (unclosed) return { line, column, message: `<${unclosed[1]}> is never closed (${reason})`, fix: `add </${unclosed[1]}> at the end of the element, with a blank line before it` };
  if (/Unexpected closing tag/.test(reason)) return { line, column, message: `a closing tag without its opening tag (${reason})`, fix: 'remove the closing tag or add the opening one' };
  if (/Could not parse expression|Unexpected character .* before (name|attribute)/.test(reason)) {
    return { line, column, message: `the MDX cannot be read: ${reason}`, fix: 'write components as <Name attr="value" />; to show a "<" or "{" in text, write it as &lt; or &#123;' };
  }
  return { line, column, message: `the MDX cannot be read: ${reason}`, fix: 'correct the MDX at the line and column named (see content/README.md)' };
}

/**
 * @param body the MDX source without front matter
 * @param lineOffset number of lines before the body in the file (front matter), so lines match the file
 */
export function parseOutline(body: string, lineOffset = 0): Outline {
  const out: Outline = { sections: [], blocks: [], checklists: [], uses: [], sources: [], unsourced: [], texts: [], problems: [], unreadable: false, own: new Map(), intro: '', links: [] };
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch (error) {
    out.problems.push(parseProblem(error, lineOffset));
    out.unreadable = true;
    return out;
  }

  const lineOf = (n: Node) => (n.position?.start.line ?? 1) + lineOffset;
  const colOf = (n: Node) => n.position?.start.column ?? 1;
  const problem = (n: Node, message: string, fix: string) => out.problems.push({ line: lineOf(n), column: colOf(n), message, fix });

  /** Reads the attributes of a component; refuses expressions and spreads, which this content model has no use for. */
  function attrsOf(node: Jsx, name: string): Record<string, string | true> {
    const attrs: Record<string, string | true> = {};
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute') {
        problem(node, `<${name}> has a spread attribute {…}`, 'write each attribute as name="value"');
        continue;
      }
      if (a.value === null || a.value === undefined) attrs[a.name] = true;
      else if (typeof a.value === 'string') attrs[a.name] = a.value;
      else {
        const literal = /^\s*(["'])(.*)\1\s*$/.exec(a.value.value);
        problem(node, `<${name}> attribute ${a.name}={${a.value.value}} is an expression`, literal ? `write it as ${a.name}="${literal[2]}"` : `write it as a plain string: ${a.name}="…"`);
      }
    }
    return attrs;
  }

  let blockOpen: { actor: string; line: number } | null = null;

  /** Collects the reader-visible text of a paragraph-like node as one run with positions. */
  function collectText(node: Parent, sectionId: string | undefined) {
    const run: OutlineText = { text: '', line: lineOf(node), column: colOf(node), starts: [], ...(sectionId ? { sectionId } : {}) };
    const walk = (n: Node) => {
      if (n.type === 'text' || n.type === 'inlineCode') {
        run.starts.push([run.text.length, lineOf(n), colOf(n)]);
        run.text += (n as unknown as { value: string }).value;
      } else if (n.type === 'break') {
        run.text += ' ';
      } else if ('children' in n) {
        if (isJsx(n) && (n as Jsx).children.length === 0) run.text += ' ';
        for (const c of (n as Parent).children) walk(c);
      }
    };
    for (const c of node.children) walk(c);
    if (run.text.trim()) out.texts.push(run);
  }

  function visit(nodes: RootContent[], stack: OutlineSection[]) {
    const current = stack.at(-1);
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          problem(node, 'a markdown heading', 'use <Section id="…" title="…"> … </Section> so the heading gets a stable id');
          collectText(node, current?.id);
          continue;
        case 'mdxjsEsm':
          problem(node, 'an import or export statement', 'remove it: chapters use the components of content/README.md without importing them');
          continue;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          problem(node, `an MDX expression {${(node as { value: string }).value.slice(0, 30)}}`, 'write plain text; to show a "{" write &#123;');
          continue;
        case 'html':
          problem(node, 'raw HTML', 'write markdown or one of the components of content/README.md');
          continue;
        case 'paragraph':
        case 'tableCell':
          collectText(node, current?.id);
          visitInline(node.children, current);
          continue;
        case 'code':
          continue;
        default:
          break;
      }
      if (isJsx(node)) {
        element(node, stack);
        continue;
      }
      if ('children' in node) visit((node as Parent).children as RootContent[], stack);
    }
  }

  /** Components inside a paragraph (Law, Contact, Actor, Ref, SourceLink) and the flow-only ones written inline by mistake. */
  function visitInline(nodes: RootContent[], current: OutlineSection | undefined) {
    for (const node of nodes) {
      if (node.type === 'mdxTextExpression') {
        problem(node, `an MDX expression {${node.value.slice(0, 30)}}`, 'write plain text; to show a "{" write &#123;');
        continue;
      }
      if (node.type === 'html') {
        problem(node, 'raw HTML', 'write markdown or one of the components of content/README.md');
        continue;
      }
      if (isJsx(node)) {
        element(node, current ? [current] : [], true);
        continue;
      }
      if (node.type === 'link') out.links.push({ url: node.url, line: lineOf(node), ...(current ? { sectionId: current.id } : {}) });
      if ('children' in node) visitInline((node as Parent).children as RootContent[], current);
    }
  }

  function element(node: Jsx, stack: OutlineSection[], inline = false) {
    const name = node.name ?? '';
    const current = stack.at(-1);
    if (!name) {
      problem(node, 'a fragment <>…</>', 'remove the fragment tags');
      return;
    }
    if (!/^[A-Z]/.test(name)) {
      const allowed = ALLOWED_HTML[name];
      if (!allowed) {
        problem(node, `the HTML element <${name}>`, `use markdown or a component of content/README.md; plain HTML is limited to ${Object.keys(ALLOWED_HTML).map((h) => `<${h}>`).join(', ')}`);
        return;
      }
      for (const a of node.attributes) {
        const attrName = a.type === 'mdxJsxAttribute' ? a.name : '{…}';
        if (!allowed.includes(attrName)) problem(node, `<${name}> has the attribute ${attrName}`, allowed.length ? `<${name}> may only have ${allowed.join(', ')}` : `remove the attribute`);
      }
      visitChildren(node, stack);
      return;
    }
    if (!(KNOWN_COMPONENTS as readonly string[]).includes(name)) {
      problem(node, `unknown component <${name}>`, `use one of ${KNOWN_COMPONENTS.join(', ')} (see content/README.md)`);
      return;
    }
    const component = name as ComponentName;
    const attrs = attrsOf(node, name);
    for (const key of Object.keys(attrs)) {
      if (!COMPONENT_ATTRS[component].includes(key)) {
        problem(node, `<${name}> has an unknown attribute "${key}"`, COMPONENT_ATTRS[component].length ? `<${name}> takes ${COMPONENT_ATTRS[component].join(', ')}` : `<${name}> takes no attributes`);
      }
    }
    if (inline && FLOW_ONLY.has(component)) {
      problem(node, `<${name}> is inside a paragraph`, `put <${name}> on its own line with a blank line before and after it`);
    }
    const line = lineOf(node);
    const use = (): OutlineUse => ({ component, attrs, ...(current ? { sectionId: current.id } : {}), line, column: colOf(node) });

    switch (component) {
      case 'Section': {
        const id = typeof attrs.id === 'string' ? attrs.id : '';
        const title = typeof attrs.title === 'string' ? attrs.title : '';
        if (!id) problem(node, '<Section> without id', 'add id="chapter-id-topic"');
        if (!title) problem(node, `<Section id="${id}"> without title`, 'add title="…"');
        if (node.children.length === 0) problem(node, `<Section id="${id}"> is empty`, 'write <Section id="…" title="…"> text </Section>');
        if (blockOpen) problem(node, `<Section id="${id}"> inside a <Responsibility> block`, 'close the </Responsibility> first');
        if (stack.length >= 2) problem(node, `<Section id="${id}"> is nested three levels deep`, 'sections go two levels deep at most (h2 and h3); close the outer section first');
        const section: OutlineSection = { id, title, level: stack.length === 0 ? 2 : 3, line };
        if (current) section.parentId = current.id;
        out.sections.push(section);
        if (title) out.texts.push({ text: title, line, column: colOf(node), sectionId: id, starts: [[0, line, colOf(node)]] });
        checkSourcesPlacement(node, section);
        if (id) out.own.set(id, sourceWithout(node, (n) => isJsx(n) && n.name === 'Section'));
        visit(node.children as RootContent[], [...stack, section]);
        return;
      }
      case 'Responsibility': {
        const actor = typeof attrs.actor === 'string' ? attrs.actor : '';
        if (!actor) problem(node, '<Responsibility> without actor', 'add actor="<actor id from content/data/actors.yaml>"');
        if (blockOpen) problem(node, `<Responsibility actor="${actor}"> inside another block (line ${blockOpen.line})`, 'close the first </Responsibility> before opening the next');
        if (!current) problem(node, `<Responsibility actor="${actor}"> outside any <Section>`, 'move the block into the section where the duty applies');
        else out.blocks.push({ actor, sectionId: current.id, line });
        out.uses.push(use());
        const outer = blockOpen;
        blockOpen = { actor, line };
        visit(node.children as RootContent[], stack);
        blockOpen = outer;
        return;
      }
      case 'Checklist': {
        const lists = node.children.filter((c) => c.type === 'list');
        const items = lists.reduce((n, l) => n + (l as Parent).children.length, 0);
        if (items === 0) problem(node, 'a <Checklist> without list items', 'write a numbered list: "1. Kontakta …"');
        if (current) out.checklists.push({ sectionId: current.id, items, line });
        else problem(node, '<Checklist> outside any <Section>', 'put the checklist in its own section ("Gör så här")');
        visit(node.children as RootContent[], stack);
        return;
      }
      case 'Sources': {
        const raw = typeof attrs.ids === 'string' ? attrs.ids : '';
        const ids = sourceIds(raw);
        if (!ids.length) problem(node, '<Sources> without ids', 'write <Sources ids="source-id another-id" /> with ids from content/data/sources.yaml');
        const seen = new Set<string>();
        for (const id of ids) {
          if (seen.has(id)) problem(node, `<Sources> names "${id}" twice`, 'name each source once');
          seen.add(id);
        }
        if (node.children.length) problem(node, '<Sources> has content', 'write it self-closing: <Sources ids="…" />');
        out.sources.push({ ...(current ? { sectionId: current.id } : {}), ids, line });
        out.uses.push(use());
        return;
      }
      default:
        out.uses.push(use());
        visitChildren(node, stack);
    }
  }

  function visitChildren(node: Jsx, stack: OutlineSection[]) {
    if (node.type === 'mdxJsxTextElement') visitInline(node.children as RootContent[], stack.at(-1));
    else visit(node.children as RootContent[], stack);
  }

  /** A section's own <Sources> is the last thing in its own text: nothing but subsections may follow it. */
  function checkSourcesPlacement(node: Jsx, section: OutlineSection) {
    const kids = node.children;
    const own = kids.map((k, i) => [k, i] as const).filter(([k]) => isJsx(k) && k.name === 'Sources');
    if (own.length === 0) {
      out.unsourced.push(section);
      return;
    }
    if (own.length > 1) problem(own[1]![0], `section "${section.id}" has more than one <Sources>`, 'merge them into one <Sources ids="…" /> at the end of the section\'s own text');
    const [first, at] = own[0]!;
    const after = kids.slice(at + 1).find((k) => !(isJsx(k) && (k.name === 'Section' || k.name === 'Sources')));
    if (after) problem(first, `<Sources> of section "${section.id}" is followed by more of the section's text (line ${lineOf(after)})`, 'move <Sources ids="…" /> to the end of the section\'s own text, before its first subsection');
  }

  /**
   * The source of a node without the parts of it that are nodes of their own (subsections), found anywhere
   * below it; the parts left are joined with a line break.
   */
  function sourceWithout(node: Node, isPart: (n: Node) => boolean): string {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? body.length;
    const cuts: Array<[number, number]> = [];
    const find = (n: Node) => {
      for (const c of ('children' in n ? (n as Parent).children : []) as Node[]) {
        if (isPart(c) && c.position?.start.offset !== undefined && c.position.end.offset !== undefined) cuts.push([c.position.start.offset, c.position.end.offset]);
        else find(c);
      }
    };
    find(node);
    const pieces: string[] = [];
    let at = start;
    for (const [from, to] of cuts) {
      pieces.push(body.slice(at, from));
      at = to;
    }
    pieces.push(body.slice(at, end));
    return pieces.join('\n');
  }

  visit(tree.children, []);
  out.intro = sourceWithout(tree, (n) => isJsx(n) && n.name === 'Section');
  return out;
}

/** The line and column in the file of a character of a text run. */
export function positionIn(run: OutlineText, offset: number): { line: number; column: number } {
  let best = run.starts[0] ?? [0, run.line, run.column];
  for (const s of run.starts) if (s[0] <= offset) best = s;
  const before = run.text.slice(best[0], offset);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: best[1], column: best[2] + before.length };
  return { line: best[1] + newlines, column: before.length - before.lastIndexOf('\n') };
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

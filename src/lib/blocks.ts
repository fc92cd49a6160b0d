/**
 * Responsibility blocks are written once, inside a chapter section. The rendered chapter carries
 * markers around each block; these helpers give each block its address (section id + actor) and
 * lift the blocks out of a rendered chapter for the actor pages.
 */

export const BLOCK_BODY_START = '<!--resp-body-->';
export const BLOCK_BODY_END = '<!--resp-end-->';

/** The address of a block: the section id, two hyphens, the actor id ("steg-2-betanketid--polisen"). */
export function blockId(sectionId: string, actor: string): string {
  return `${sectionId}--${actor}`;
}

/**
 * Gives every block that has no address yet the address of the section it stands in.
 * Sections render inside out, so a subsection claims its own blocks before its parent sees them.
 */
export function assignBlockIds(html: string, sectionId: string): string {
  return html.replace(/<div class="responsibility" data-resp-actor="([a-z0-9-]+)"(?! id=)/g, (_m, actor: string) =>
    `<div class="responsibility" data-resp-actor="${actor}" id="${blockId(sectionId, actor)}" data-resp-section="${sectionId}"`,
  );
}

/**
 * A block does not know which section it stands in when it renders, so its copy button (the address and the
 * citation of the block) carries these two marks; the section fills them in, like the ids above. Only safe
 * characters, so the marks pass through HTML escaping unchanged.
 */
export const BLOCK_SECTION_HREF = '__resp-section-href__';
export const BLOCK_SECTION_PART = '__resp-section-part__';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Fills the marks of the blocks that do not have them filled yet with the section's address (chapter page + #id)
 * and the words that cite it ("avsnitt 2.4 Risk- och säkerhetsbedömning"). A subsection fills its own blocks'
 * marks before its parent sees them.
 */
export function fillBlockSection(html: string, section: { href: string; part: string }): string {
  return html.replaceAll(BLOCK_SECTION_HREF, escapeHtml(section.href)).replaceAll(BLOCK_SECTION_PART, escapeHtml(section.part));
}

export interface ExtractedBlock {
  actor: string;
  sectionId: string;
  id: string;
  /** The block's text as rendered HTML, without the actor heading. */
  html: string;
}

/** Every addressed block in a rendered chapter, in document order. */
export function extractBlocks(html: string): ExtractedBlock[] {
  const re = new RegExp(
    `<div class="responsibility" data-resp-actor="([a-z0-9-]+)" id="([^"]+)" data-resp-section="([^"]+)"[^>]*>[\\s\\S]*?${BLOCK_BODY_START}([\\s\\S]*?)${BLOCK_BODY_END}`,
    'g',
  );
  return [...html.matchAll(re)].map((m) => ({ actor: m[1]!, id: m[2]!, sectionId: m[3]!, html: m[4]!.trim() }));
}

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

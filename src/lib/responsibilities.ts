/**
 * Who does what, read from the chapters' outlines: for each actor and step, the sections where the
 * actor has a responsibility block. Pure, so the matrix and the summaries can be tested without a build.
 */
import type { Outline } from './outline.ts';
import { blockId } from './blocks.ts';

export interface ChapterOutline {
  id: string;
  step?: number | undefined;
  outline: Outline;
}

export interface BlockRef {
  actor: string;
  chapterId: string;
  step?: number | undefined;
  sectionId: string;
  blockId: string;
}

export function blockRefs(chapters: ChapterOutline[]): BlockRef[] {
  return chapters.flatMap((c) =>
    c.outline.blocks.map((b) => ({ actor: b.actor, chapterId: c.id, step: c.step, sectionId: b.sectionId, blockId: blockId(b.sectionId, b.actor) })),
  );
}

/** actor id → step (1–6) → blocks, in reading order. Blocks outside step chapters are left out. */
export function matrix(chapters: ChapterOutline[], actorIds: string[]): Map<string, Map<number, BlockRef[]>> {
  const refs = blockRefs(chapters);
  const out = new Map<string, Map<number, BlockRef[]>>();
  for (const a of actorIds) {
    const row = new Map<number, BlockRef[]>();
    for (let step = 1; step <= 6; step++) row.set(step, refs.filter((r) => r.actor === a && r.step === step));
    out.set(a, row);
  }
  return out;
}

/** The actors with a block in one chapter, in the order they first appear, with their blocks. */
export function actorsInChapter(c: ChapterOutline): Array<{ actor: string; blocks: BlockRef[] }> {
  const refs = blockRefs([c]);
  const order: string[] = [];
  for (const r of refs) if (!order.includes(r.actor)) order.push(r.actor);
  return order.map((actor) => ({ actor, blocks: refs.filter((r) => r.actor === actor) }));
}

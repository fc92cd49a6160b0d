/** The editors' open questions, grouped by the file they concern, in file order. Pure. */
import type { OpenQuestion } from './schemas.ts';

export function groupQuestions(questions: readonly OpenQuestion[]): Map<string, OpenQuestion[]> {
  const groups = new Map<string, OpenQuestion[]>();
  for (const q of questions) {
    const file = q.where.split('#')[0]!.trim();
    groups.set(file, [...(groups.get(file) ?? []), q]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

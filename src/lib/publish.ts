/**
 * Atomic publishing: the site is built into a fresh folder beside dist/, and dist/ is replaced only when every
 * step succeeded. A failed build removes its own folder and leaves the previous dist/ as it was: never a half
 * site, never build leftovers such as Astro's .prerender bundle.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface PublishStep {
  name: string;
  /** runs the step into `out`; returns false (or throws) when it failed */
  run: (out: string) => boolean;
}

export type PublishResult = { ok: true } | { ok: false; failedStep: string; kept: boolean };

/** Folders that must not be published even when the build left them behind. */
export const LEFTOVERS = ['.prerender'];

export function publishAtomically(dist: string, steps: PublishStep[], check: (out: string) => string | null = () => null): PublishResult {
  const out = `${dist}.new-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const fail = (failedStep: string): PublishResult => {
    rmSync(out, { recursive: true, force: true });
    return { ok: false, failedStep, kept: existsSync(dist) };
  };
  for (const step of steps) {
    let ok = false;
    try {
      ok = step.run(out);
    } catch {
      ok = false;
    }
    if (!ok) return fail(step.name);
  }
  for (const left of LEFTOVERS) rmSync(`${out}/${left}`, { recursive: true, force: true });
  const problem = check(out);
  if (problem) return fail(problem);
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(out, dist);
  rmSync(old, { recursive: true, force: true });
  return { ok: true };
}

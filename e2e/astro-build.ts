/**
 * `astro build` for the specs that build a site of their own (a copy of content/, a sub-path, SITE_URL).
 * Astro writes the content layer's module map into the project's .astro/ folder, whatever the content folder
 * or the out folder: two builds at once (Playwright runs two spec files side by side) would each render with
 * the other's map ("Unexpected error while rendering → steg-1"). So one build runs at a time, across the
 * worker processes, under a lock folder that names its owner; a lock whose owner has died is taken over.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join('.astro-fixture', 'build.lock');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lock(timeoutMs: number): void {
  mkdirSync('.astro-fixture', { recursive: true });
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // The owner has made the folder but not yet written its pid.
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > until) throw new Error(`another build has held ${LOCK} for ${timeoutMs / 1000} s`);
      else sleep(250);
    }
  }
}

/** Runs `build` (which starts an Astro build) while no other spec builds. */
export function alone<T>(build: () => T, timeoutMs = 200_000): T {
  lock(timeoutMs * 2);
  try {
    return build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `astro build --outDir outDir` with `env`, alone; returns the finished process. */
export function astroBuild(outDir: string, env: NodeJS.ProcessEnv, timeoutMs = 200_000): SpawnSyncReturns<string> {
  return alone(() => spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env, encoding: 'utf8', timeout: timeoutMs }), timeoutMs);
}

/**
 * The build itself, run on a copy of content/: adding a responsibility block to a chapter puts it on the
 * actor's page and in the matrix with no other edit, and an unknown actor id stops the build, naming the
 * file and the id.
 */
import { alone, astroBuild } from './astro-build.ts';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actors } from './content.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const ROOT = '.astro-fixture';

function fixture(name: string, edit: (dir: string) => void): string {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Builds `dir` (or content/ itself when dir is undefined) into outDir, with the cache Astro keys by content folder. */
function build(dir: string | undefined, outDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.CONTENT_DIR;
  delete env.ASTRO_CACHE_DIR;
  if (dir) env.CONTENT_DIR = dir;
  const r = astroBuild(outDir, env);
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function addBlock(dir: string, lang: 'sv' | 'en', section: string, text: string) {
  const file = join(dir, lang, 'steg-2.mdx');
  const src = readFileSync(file, 'utf8');
  const open = new RegExp(`(<Section id="${section}" title="[^"]*">\\n\\n)`);
  expect(open.test(src), `fixture: section ${section} in ${file}`).toBe(true);
  writeFileSync(file, src.replace(open, `$1<Responsibility actor="iom">\n\n${text}\n\n</Responsibility>\n\n`));
}

test('a block added to a chapter appears on the actor page and in the matrix with no other edit', () => {
  const section = 'steg-2-betanketid-syfte';
  const dir = fixture('content-added', (d) => {
    addBlock(d, 'sv', section, 'Fixturtext: IOM informerar om återvändandeprogrammet redan under betänketiden.');
    addBlock(d, 'en', section, 'Fixture text: IOM informs about the return programme already during the reflection period.');
  });
  const out = join(ROOT, 'dist-added');
  // An absolute CONTENT_DIR is read as well as a relative one (it once was checked but not loaded).
  const r = build(resolve(dir), out);
  expect(r.status, r.output.slice(-2000)).toBe(0);
  const iom = actors().find((a) => a.id === 'iom')!;
  const svActor = readFileSync(join(out, 'sv', 'aktorer', iom.slug.sv, 'index.html'), 'utf8');
  expect(svActor).toContain(`data-block="${section}--iom"`);
  expect(svActor).toContain('Fixturtext: IOM informerar om återvändandeprogrammet');
  const enActor = readFileSync(join(out, 'en', 'actors', iom.slug.en, 'index.html'), 'utf8');
  expect(enActor).toContain('Fixture text: IOM informs about the return programme');
  const matrix = readFileSync(join(out, 'sv', 'ansvarsmatris', 'index.html'), 'utf8');
  expect(matrix).toContain(`href="/sv/steg-2-akut-skydd/#${section}--iom"`);
  const chapter = readFileSync(join(out, 'sv', 'steg-2-akut-skydd', 'index.html'), 'utf8');
  expect(chapter).toContain(`id="${section}--iom"`);
});

test('an unknown actor id stops the build and names the file, the line and the id', () => {
  const dir = fixture('content-bad', (d) => {
    const file = join(d, 'sv', 'steg-2.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<Responsibility actor="polisen">', '<Responsibility actor="polis">'));
  });
  const out = join(ROOT, 'dist-bad');
  const r = build(dir, out);
  expect(r.status).not.toBe(0);
  expect(r.output).toMatch(new RegExp(`${dir.replace(/\./g, '\\.')}/sv/steg-2\\.mdx:\\d+: unknown actor id "polis" in <Responsibility>`));
  expect(existsSync(join(out, 'sv', 'index.html'))).toBe(false);
});

test('a build of another content folder never leaks into a later build of content/', () => {
  // The repro from issue 13: build an unchanged copy, then change the copy and build content/ itself. With one
  // shared cache Astro took the unchanged chapters' entries from the copy's files; nothing of the copy may appear.
  const marker = 'X-LEAK-MARK-7f3a';
  const dir = fixture('content-leak', () => {});
  const copy = build(dir, join(ROOT, 'dist-leak-copy'));
  expect(copy.status, copy.output.slice(-2000)).toBe(0);
  const file = join(dir, 'sv', 'steg-6.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${marker}\n`);
  const out = join(ROOT, 'dist-leak-plain');
  const plain = build(undefined, out);
  expect(plain.status, plain.output.slice(-2000)).toBe(0);
  expect(readFileSync(join(out, 'sv', 'steg-6-tryggt-atervandande', 'index.html'), 'utf8')).not.toContain(marker);
});

test('a failed build leaves the previous site untouched and no half-built folder', () => {
  const dir = fixture('content-fails', (d) => {
    const file = join(d, 'en', 'steg-3.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<Responsibility actor="polisen">', '<Responsibility actor="polis">'));
  });
  const site = join(ROOT, 'published');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), 'the last good site');
  const r = alone(() => spawnSync('node', ['src/cli/build.ts', site], { env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', timeout: 200_000 }));
  const output = `${r.stdout}\n${r.stderr}`;
  expect(r.status, output.slice(-1500)).not.toBe(0);
  expect(output).toContain(`The build failed (astro build). The previous site in ${site}/ is unchanged.`);
  expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('the last good site');
  expect(readdirSync(ROOT).filter((f) => f.startsWith('published.'))).toEqual([]);
});

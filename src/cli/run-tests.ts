/**
 * npm test — every check in order, stopping at the first that fails, and the time each took and in all.
 * The steps are the npm scripts named below; each runs exactly as `npm run <step>` would.
 */
import { spawnSync } from 'node:child_process';

const STEPS = ['check:content', 'check', 'test:unit', 'build', 'test:e2e', 'bench'];

const times: Array<[string, number]> = [];
const started = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let failed: string | undefined;
for (const step of STEPS) {
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  times.push([step, Date.now() - t0]);
  if (r.status !== 0) {
    failed = step;
    break;
  }
}
console.log('\nnpm test, time per step:');
for (const [step, ms] of times) console.log(`  ${step.padEnd(14)} ${seconds(ms).padStart(9)}`);
console.log(`  ${'total'.padEnd(14)} ${seconds(Date.now() - started).padStart(9)}`);
if (failed) {
  console.error(`\nnpm test failed at "${failed}".`);
  process.exit(1);
}

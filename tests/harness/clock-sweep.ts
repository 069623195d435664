/**
 * `npm run test:clock`: every unit test and every end-to-end test (light system)
 * at each instant of the clock sweep (clock.ts), one instant after the other.
 * Slow (a full run per instant): for a change to dates, cadences, staleness or
 * the demo. `npm test` runs the date-dependent specs at these instants every time.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SWEEP } from './clock';

const root = resolve(import.meta.dirname, '../..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

if (!run(['wxt', 'build'])) process.exit(1);
const results = Object.entries(SWEEP).map(([name, at]) => {
  console.log(`\n=== ${name}: ${at} ===`);
  const unit = run(['vitest', 'run', '--reporter=dot'], { TEST_NOW: at });
  const e2e = run(['playwright', 'test', '--project=light', '--reporter=dot'], { E2E_NOW: at });
  return { name, at, unit, e2e };
});
console.log('\nClock sweep:');
for (const { name, at, unit, e2e } of results) {
  console.log(`  ${name.padEnd(12)} ${at}  unit ${unit ? 'passed' : 'FAILED'}  end-to-end ${e2e ? 'passed' : 'FAILED'}`);
}
process.exit(results.every((result) => result.unit && result.e2e) ? 0 : 1);

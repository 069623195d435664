// Totals the test reports of every suite into the one line CI reads.
// A suite that wrote no report (it never ran, because an earlier check failed) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  failed += 1;
  notes.push('unit tests did not run');
}

const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else {
  failed += 1;
  notes.push('end-to-end tests did not run');
}

// The static checks (types, lint, format) run first: if they failed, say so in the count.
if (status !== 0 && failed === 0) {
  failed += 1;
  notes.push('a check outside the test suites failed');
}
for (const note of notes) console.log(`note: ${note}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

// `web-ext lint` on the Firefox build (part of `npm test`). Fails on any error,
// and on any warning but the two that come from libraries we ship as they are
// and that do nothing in an extension page (docs/ARCHITECTURE.md, "Browsers"):
// zod's probe for eval (`Function("")` in a try, blocked by the extension's CSP)
// and Preact's own dangerouslySetInnerHTML branch, which our code never uses.
import webExt from 'web-ext';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const sourceDir = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const LIBRARY_WARNINGS = [
  { code: 'DANGEROUS_EVAL', marker: 'jitless' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', marker: 'dangerouslySetInnerHTML' },
];

const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
/** @type {(file: string, line: number | undefined) => string} */
const lineOf = (file, line) => readFileSync(resolve(sourceDir, file), 'utf8').split('\n')[(line ?? 1) - 1] ?? '';
/** @type {(message: import('web-ext').LintMessage) => boolean} */
const fromLibrary = (message) =>
  LIBRARY_WARNINGS.some(({ code, marker }) => message.code === code && message.file && lineOf(message.file, message.line).includes(marker));

const problems = [...result.errors, ...result.warnings.filter((warning) => !fromLibrary(warning))];
const excused = result.warnings.length + result.errors.length - problems.length;
for (const problem of problems) {
  console.error(`${problem._type} ${problem.code} ${problem.file ?? ''}:${problem.line ?? ''} ${problem.message}`);
  if (problem.description) console.error(`  ${problem.description}`);
}
console.log(
  `web-ext lint: ${result.errors.length} errors, ${problems.length - result.errors.length} warnings (${excused} from zod and Preact, allowed), ${result.notices.length} notices`,
);
process.exit(problems.length > 0 ? 1 : 0);

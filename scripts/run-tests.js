// The README's test command: every vitest project (unit, integration on SQLite and
// PostgreSQL, browser), then one closing line "N passed, N failed, N skipped" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('var', { recursive: true });
const report = 'var/test-results.json';
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});

let summary = 'tests: 0 passed, 1 failed';
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`;
} catch {
  // No report means vitest itself failed before running; the line above says so.
}
console.log(summary);
process.exit(run.status ?? 1);

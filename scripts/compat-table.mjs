#!/usr/bin/env node
// Writes the README's compatibility table (component type × Gradio version) from the results
// of e2e/compat.spec.ts, as Playwright's JSON reporter saved them. With --check it changes
// nothing and fails when the README's table is not the one the results give.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const resultsFile = path.join(root, process.env.PW_OUTPUT_DIR ?? 'test-results', 'results.json');
const readme = path.join(root, 'README.md');
const START = '<!-- compat-table:start -->';
const END = '<!-- compat-table:end -->';
/** The majors the table must cover (e2e/compat.spec.ts also runs some older 4.x releases). */
const MAJORS = ['6', '5', '4'];

function fail(message) {
  console.error(`[compat-table] ${message}`);
  process.exit(1);
}

/** Every "compat" attachment of a passed test, from any depth of the report's suites. */
function* compatRecords(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      for (const result of test.results ?? []) {
        if (result.status !== 'passed') continue;
        for (const attachment of result.attachments ?? []) {
          if (attachment.name === 'compat' && attachment.body) {
            yield JSON.parse(Buffer.from(attachment.body, 'base64').toString('utf8'));
          }
        }
      }
    }
  }
  for (const child of suite.suites ?? []) yield* compatRecords(child);
}

let report;
try {
  report = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  fail(`no results at ${path.relative(root, resultsFile)}: run npm run test:e2e first.`);
}
const byVersion = new Map();
for (const suite of report.suites ?? []) {
  for (const record of compatRecords(suite)) byVersion.set(record.version, record);
}
const majors = new Set([...byVersion.keys()].map((version) => version.split('.')[0]));
const missing = MAJORS.filter((major) => !majors.has(major));
if (missing.length) {
  fail(
    `the results lack a passing catalogue run for Gradio ${missing.join(', ')}: ` +
      'run npx playwright test e2e/compat.spec.ts --project=gradio6.',
  );
}

/** Newest first. */
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return y[i] - x[i];
  return 0;
};
const records = [...byVersion.keys()].sort(newer).map((version) => byVersion.get(version));
const types = [...new Set(records.flatMap((r) => Object.keys(r.support)))].sort();
const cell = (record, type) => record.support[type] ?? 'n/a';
const table = [
  `| type | ${records.map((r) => r.version).join(' | ')} |`,
  `|---|${records.map(() => '---').join('|')}|`,
  ...types.map((type) => `| \`${type}\` | ${records.map((r) => cell(r, type)).join(' | ')} |`),
].join('\n');
const section = `${START}\n${table}\n${END}`;

const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) fail(`README.md has no ${START} … ${END} section.`);
const updated = text.slice(0, start) + section + text.slice(end + END.length);
if (check) {
  if (updated !== text) {
    fail('the compatibility table in README.md is out of date: run npm run compat-table.');
  }
  console.log('[compat-table] README.md is up to date.');
} else {
  writeFileSync(readme, updated);
  console.log(`[compat-table] README.md: ${types.length} types × ${records.length} versions.`);
}

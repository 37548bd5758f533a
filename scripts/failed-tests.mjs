#!/usr/bin/env node
// Prints what failed in one or more vitest JSON reports (written with --reporter=json
// --outputFile.json=FILE), so the end of a long test log names every failure of every pass.
// Usage: node scripts/failed-tests.mjs LABEL=FILE [LABEL=FILE ...]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const MESSAGE_LINES = 6;

function firstLines(text, n) {
  // the runner's own stack frames say nothing about the failure
  const lines = String(text).split('\n').filter((l) => !l.includes('/node_modules/') && !l.includes('(<anonymous>)'));
  const kept = lines.slice(0, n);
  if (lines.length > n) kept.push(`  ... (${lines.length - n} more lines)`);
  return kept.map((l) => `      ${l}`).join('\n');
}

function summarize(label, file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return [`${label}: no report (${err.code ?? err.message}); the run ended before vitest wrote it`];
  }
  const out = [];
  for (const suite of report.testResults ?? []) {
    const name = relative(process.cwd(), suite.name);
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) {
      out.push(`  FAIL ${name} > ${t.fullName}`);
      if (t.failureMessages?.length) out.push(firstLines(t.failureMessages[0], MESSAGE_LINES));
    }
    if (suite.status === 'failed' && failed.length === 0) {
      out.push(`  FAIL ${name} (the file itself: a hook, an import or an error outside a test)`);
      if (suite.message) out.push(firstLines(suite.message, MESSAGE_LINES));
    }
  }
  // numFailedTestSuites counts describe blocks too: count the files here
  const failedFiles = (report.testResults ?? []).filter((suite) => suite.status === 'failed').length;
  const head = `${label}: ${report.numPassedTests}/${report.numTotalTests} tests passed, ` +
    `${report.numFailedTests} failed, ${failedFiles} failed files`;
  if (!report.success && out.length === 0) {
    out.push('  (no failed test or file in the report: an unhandled error or a teardown failed; see the log above)');
  }
  return [head, ...out];
}

const args = process.argv.slice(2);
if (args.length === 0 || args.some((a) => !a.includes('='))) {
  console.error('usage: node scripts/failed-tests.mjs LABEL=FILE [LABEL=FILE ...]');
  process.exit(2);
}
console.log('== summary of the test passes');
for (const arg of args) {
  const at = arg.indexOf('=');
  console.log(summarize(arg.slice(0, at), arg.slice(at + 1)).join('\n'));
}

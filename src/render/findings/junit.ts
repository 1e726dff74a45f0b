import { isError } from '../../core/findings.js';
import { plural } from '../../core/plural.js';
import type { FindingsFormatter } from './types.js';

// XML 1.0 cannot hold most control characters at all, so they are dropped before escaping.
const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** JUnit XML: a suite per file, a test case per finding (or one passing case for a clean file). */
export const junit: FindingsFormatter = (report) => {
  let failures = 0;
  let tests = 0;
  const suites = report.files.map((file) => {
    const mine = report.findings.filter((f) => f.file === file);
    const cases = mine.map((f) => {
      const failing = isError(f) || report.strict;
      if (failing) failures++;
      const name = xml(`${f.line}:${f.column} ${f.rule}`);
      const body = `${file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;
      return failing
        ? `    <testcase name="${name}" classname="${xml(file)}">\n      <failure type="${f.severity}" message="${xml(f.message)}">${xml(body)}</failure>\n    </testcase>`
        : `    <testcase name="${name}" classname="${xml(file)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase name="valid" classname="${xml(file)}"/>`);
    tests += cases.length;
    const fails = mine.filter((f) => isError(f) || report.strict).length;
    return `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fails}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const head = `<testsuites name="attune validate" tests="${tests}" failures="${failures}" errors="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${xml(plural(report.files.length, 'file'))} checked -->\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
};

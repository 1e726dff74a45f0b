import type { FindingsFormatter } from './types.js';

/** For programs: totals, each file's counts, and every finding. */
export const json: FindingsFormatter = (report) => {
  const files = report.files.map((file) => {
    const mine = report.findings.filter((f) => f.file === file);
    const errors = mine.filter((f) => f.severity === 'error').length;
    return { file, errors, warnings: mine.length - errors };
  });
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  return (
    JSON.stringify(
      {
        version: 1,
        strict: report.strict,
        errors,
        warnings: report.findings.length - errors,
        files,
        findings: report.findings,
      },
      null,
      2,
    ) + '\n'
  );
};

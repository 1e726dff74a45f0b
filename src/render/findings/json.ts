import { countFindings } from '../../core/findings.js';
import type { FindingsFormatter } from './types.js';

/** For programs: totals, each file's counts, and every finding. */
export const json: FindingsFormatter = (report) => {
  const files = report.files.map((file) => {
    const mine = report.findings.filter((f) => f.file === file);
    return { file, ...countFindings(mine) };
  });
  const { errors, warnings } = countFindings(report.findings);
  return (
    JSON.stringify(
      {
        version: 1,
        strict: report.strict,
        errors,
        warnings,
        files,
        findings: report.findings,
      },
      null,
      2,
    ) + '\n'
  );
};

import { isError, type Finding } from '../../core/findings.js';
import { oneLine } from '../../core/sanitize.js';
import { summaryLine, type FindingsFormatter } from './types.js';

/**
 * For people: `file:line:col  severity  message  rule`, grouped by file, then a count line. A
 * file name or a message from a file is shown on one line, with its control characters as
 * escapes, so that a file named with a line break cannot forge a finding.
 */
export const stylish: FindingsFormatter = (report, paint) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const name = oneLine(file, 1000);
    const rows = list.map((f) => {
      const where = `${name}:${f.line}:${f.column}`;
      const severity = isError(f) ? paint.error('error  ') : paint.warning('warning');
      return `${where}  ${severity}  ${oneLine(f.message)}  ${paint.dim(f.rule)}`;
    });
    blocks.push(rows.join('\n'));
  }
  const errors = report.findings.some(isError);
  const last = summaryLine(report);
  const painted =
    report.findings.length === 0
      ? paint.ok(last)
      : errors
        ? paint.error(last)
        : paint.warning(last);
  return [...blocks, painted].join('\n\n') + '\n';
};

import type { Finding } from '../../core/findings.js';
import { summaryLine, type FindingsFormatter } from './types.js';

/** For people: `file:line:col  severity  message  rule`, grouped by file, then a count line. */
export const stylish: FindingsFormatter = (report, paint) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const rows = list.map((f) => {
      const where = `${file}:${f.line}:${f.column}`;
      const severity = f.severity === 'error' ? paint.error('error  ') : paint.warning('warning');
      return `${where}  ${severity}  ${f.message}  ${paint.dim(f.rule)}`;
    });
    blocks.push(rows.join('\n'));
  }
  const errors = report.findings.some((f) => f.severity === 'error');
  const last = summaryLine(report);
  const painted =
    report.findings.length === 0
      ? paint.ok(last)
      : errors
        ? paint.error(last)
        : paint.warning(last);
  return [...blocks, painted].join('\n\n') + '\n';
};

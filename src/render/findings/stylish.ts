import { isError, type Finding } from '../../core/findings.js';
import { oneLine } from '../../core/sanitize.js';
import { summaryLine, type FindingsFormatter } from './types.js';

/**
 * For people: `file:line:col  severity  message  rule`, grouped by file, then a count line. A
 * file name or a message from a file is shown on one line, with its control characters as
 * escapes, so that a file named with a line break cannot forge a finding.
 */
export const stylish: FindingsFormatter = (report, paint) => {
  // Painted once: the same two severities and a few rules, on each of tens of thousands of lines.
  const error = paint.error('error  ');
  const warning = paint.warning('warning');
  const rules = new Map<string, string>();
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let out = '';
  for (const [file, list] of byFile) {
    // A blank line between one file's findings and the next's.
    if (out !== '') out += '\n';
    const name = oneLine(file, 1000);
    for (const f of list) {
      let rule = rules.get(f.rule);
      if (rule === undefined) rules.set(f.rule, (rule = paint.dim(f.rule)));
      out += `${name}:${f.line}:${f.column}  ${isError(f) ? error : warning}  ${oneLine(f.message)}  ${rule}\n`;
    }
  }
  const errors = report.findings.some(isError);
  const last = summaryLine(report);
  const painted =
    report.findings.length === 0
      ? paint.ok(last)
      : errors
        ? paint.error(last)
        : paint.warning(last);
  return `${out}${out === '' ? '' : '\n'}${painted}\n`;
};

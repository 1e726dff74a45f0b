import { isError } from '../../core/findings.js';
import { summaryLine, type FindingsFormatter } from './types.js';

// GitHub's workflow-command escaping: data escapes % CR LF; properties also : and ,
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow annotations: each finding shows on the line it is about in a pull request. */
export const github: FindingsFormatter = (report) => {
  const lines = report.findings.map((f) => {
    const level = isError(f) || report.strict ? 'error' : 'warning';
    return `::${level} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(`attune ${f.rule}`)}::${data(f.message)}`;
  });
  return [...lines, summaryLine(report)].join('\n') + '\n';
};

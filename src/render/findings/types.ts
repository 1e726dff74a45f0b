import { countFindings, type Finding } from '../../core/findings.js';
import { plural } from '../../core/plural.js';
import type { Paint } from '../paint.js';

export interface ValidationReport {
  /** Every file checked, in order, including clean ones. */
  files: string[];
  findings: Finding[];
  strict: boolean;
  toolVersion: string;
}

export type FindingsFormatter = (report: ValidationReport, paint: Paint) => string;

export function summaryLine(report: ValidationReport): string {
  const { errors, warnings } = countFindings(report.findings);
  const files = new Set(report.findings.map((f) => f.file)).size;
  const checked = plural(report.files.length, 'file');
  if (report.findings.length === 0) return `${checked} checked: no problems`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${files} of ${checked}${warnings > 0 && !report.strict ? ' (warnings fail only with --strict)' : ''}`;
}

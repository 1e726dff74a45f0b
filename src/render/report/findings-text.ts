import type { ReportModel } from '../../core/report-model.js';
import { hang } from '../wrap.js';
import { score } from './format.js';

/**
 * The key findings as a few lines of plain text, for the terminal at the end of `assess`: the
 * same findings the report file opens with, wrapped to `width`. Plain text: the caller makes it
 * safe for a terminal.
 */
export function findingsText(model: ReportModel, width: number): string {
  const k = model.keyFindings;
  if (!k) return '';
  const stage = model.stages.find((s) => s.id === k.overall.stage)?.label;
  const lines: string[] = ['Key findings'];
  if (k.overall.score !== null)
    lines.push(`  Overall: ${score(k.overall.score)} out of 100${stage ? `, ${stage}` : ''}`);
  if (k.strengths.length > 0) {
    lines.push('  Clearest strengths:');
    for (const q of k.strengths) lines.push(hang(`    ${score(q.score)}  `, q.text, width));
  }
  if (k.areasToDevelop.length > 0) {
    lines.push('  Areas to develop:');
    for (const q of k.areasToDevelop) lines.push(hang(`    ${score(q.score)}  `, q.text, width));
  }
  if (k.firstActions.length > 0) {
    lines.push('  First actions:');
    k.firstActions.forEach((a, i) => lines.push(hang(`    ${i + 1}. `, a.text, width)));
  }
  return `${lines.join('\n')}\n`;
}

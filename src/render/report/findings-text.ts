import type { ReportModel } from '../../core/report-model.js';
import { hang } from '../wrap.js';
import { score } from './format.js';
import { reportWords } from './words.js';

/**
 * The key findings as a few lines of plain text, for the terminal at the end of `assess`: the
 * same findings the report file opens with, in the report's language, wrapped to `width`. Plain
 * text: the caller makes it safe for a terminal.
 */
export function findingsText(model: ReportModel, width: number): string {
  const k = model.keyFindings;
  if (!k) return '';
  const w = reportWords(model.lang, (text) => text);
  const stage = model.stages.find((s) => s.id === k.overall.stage)?.label;
  const lines: string[] = [w('keyFindings')];
  if (k.overall.score !== null)
    lines.push(
      `  ${w('findingsOverall', { score: score(k.overall.score) })}${stage ? `, ${stage}` : ''}`,
    );
  if (k.strengths.length > 0) {
    lines.push(`  ${w('clearestStrengths')}:`);
    for (const q of k.strengths) lines.push(hang(`    ${score(q.score)}  `, q.text, width));
  }
  if (k.areasToDevelop.length > 0) {
    lines.push(`  ${w('areasToDevelop')}:`);
    for (const q of k.areasToDevelop) lines.push(hang(`    ${score(q.score)}  `, q.text, width));
  }
  if (k.firstActions.length > 0) {
    lines.push(`  ${w('firstActions')}:`);
    k.firstActions.forEach((a, i) => lines.push(hang(`    ${i + 1}. `, a.text, width)));
  }
  return `${lines.join('\n')}\n`;
}

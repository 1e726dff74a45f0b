import type { Framework } from '../core/framework.js';
import { buildReport, type ReportModel } from '../core/report-model.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { countAnswers, newTally } from '../core/tally.js';
import { loadTemplates } from '../io/templates.js';
import { renderReport } from '../render/report/render.js';
import type { Context } from './context.js';
import { reportDate, withheldNotice } from './report-notes.js';

export { reportDate, withheldNotice };

/**
 * The report at the end of `assess`: the answers just given, counted as they are (not read back
 * from the file), through the same report job as `attune report`, labelled as the person's own
 * answers rather than an organisation's result.
 */
export function ownReportText(
  framework: Framework,
  doc: AnswersDoc,
  options: { format: 'md' | 'html' | 'json'; lang?: string; minGroupSize: number },
  ctx: Pick<Context, 'env'>,
): string {
  return ownReport(framework, doc, options, ctx).text;
}

/** The same, with the model it was rendered from (for the key findings `assess` prints). */
export function ownReport(
  framework: Framework,
  doc: AnswersDoc,
  options: { format: 'md' | 'html' | 'json'; lang?: string; minGroupSize: number },
  ctx: Pick<Context, 'env'>,
): { text: string; model: ReportModel } {
  const tally = newTally(framework);
  countAnswers(tally, doc);
  const model = buildReport(tally, {
    own: true,
    minGroupSize: options.minGroupSize,
    now: reportDate(ctx),
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  const text = renderReport(model, options.format, {
    ...(options.format !== 'json' && { templates: loadTemplates() }),
  });
  return { text, model };
}

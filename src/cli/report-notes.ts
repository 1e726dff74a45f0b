import { plural } from '../core/plural.js';
import type { ReportModel } from '../core/report-model.js';
import type { Context } from './context.js';

// What the report command says beside a report, apart from rendering one (report-job.ts), so that
// a command that fails before its report is rendered never loads the renderers.

/** The date a report carries: now, or SOURCE_DATE_EPOCH for reproducible output. */
export function reportDate(ctx: Pick<Context, 'env'>): string {
  const epoch = Number.parseInt(ctx.env.SOURCE_DATE_EPOCH ?? '', 10);
  return (Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()).toISOString();
}

/** One line for standard error where a report shows no scores at all, saying why and what to do. */
export function withheldNotice(model: ReportModel): string | undefined {
  if (!model.withheld) return undefined;
  const people = plural(model.withheld.individuals, 'person', 'people');
  return `no scores are shown: only ${people} answered on their own, fewer than --min-group-size (${model.minGroupSize}), and a report never shows what could single someone out. Collect more answers; mark a group's agreed answers as a workshop (respondent: { workshop: true }); or, knowing it may show one person's answers, lower --min-group-size`;
}

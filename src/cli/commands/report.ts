import { isError } from '../../core/findings.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scoreSetOf, type ScoreSet } from '../../core/compare.js';
import { InputError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import { buildReport, decideDisclosure, type ReportModel } from '../../core/report-model.js';
import { oneLine } from '../../core/sanitize.js';
import { buildPlanSection, type PlanSection } from '../../core/plan/report.js';
import { findingLines, loadPlan } from '../../io/plan-file.js';
import { collectAnswers, counted, type Collected } from '../../io/collect-answers.js';
import { readEarlierReport } from '../../io/earlier-report.js';
import { duplicateLines } from '../../io/expand-paths.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { fileError } from '../../io/read-text.js';
import { loadTemplates } from '../../io/templates.js';
import { isStandardOutput, writeOutputFile } from '../../io/write-file.js';
import type { CsvTable } from '../../render/report/csv.js';
import { renderReport } from '../../render/report/render.js';
import { threadsOption, type Context } from '../context.js';
import { parseLang } from '../lang.js';
import { reportDate, withheldNotice } from '../report-job.js';

export interface ReportOptions {
  format: 'md' | 'html' | 'json' | 'csv';
  out?: string;
  framework?: string;
  compare?: string[];
  by?: 'unit' | 'role';
  minGroupSize: number;
  template?: string;
  lang?: string;
  csvTable: CsvTable;
  skipInvalid: boolean;
  plan?: string;
}

export async function report(paths: string[], options: ReportOptions, ctx: Context): Promise<void> {
  parseLang(options.lang);
  const loader = new FrameworkLoader(ctx.cwd);
  // Templates first: a mistake in them should not wait for thousands of files to be read.
  const templates =
    options.format === 'md' || options.format === 'html'
      ? loadTemplates(
          options.template === undefined ? undefined : resolve(ctx.cwd, options.template),
          options.template,
        )
      : undefined;
  const responses = options.format === 'csv' && options.csvTable === 'responses';
  const collected = await collectAnswers(paths, {
    cwd: ctx.cwd,
    loader,
    ...(options.framework !== undefined && { framework: options.framework }),
    skipInvalid: options.skipInvalid,
    keepRows: responses,
    ...threadsOption(ctx),
  });
  tellAbout(collected, ctx);
  const earlier =
    options.compare && options.compare.length > 0
      ? await earlierScores(options.compare, collected.framework, options, ctx, loader)
      : undefined;
  const disclosure = decideDisclosure(collected.tally, { minGroupSize: options.minGroupSize });
  const model = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now: reportDate(ctx),
    disclosure,
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.by !== undefined && { by: options.by }),
    ...(earlier && { earlier }),
  });
  if (options.plan !== undefined)
    model.plan = await planSection(model, collected.framework, options.plan, ctx);
  const notice = withheldNotice(model);
  if (notice) ctx.out.stderr(`attune: ${notice}\n`);
  const text = renderReport(model, options.format, {
    ...(templates && { templates }),
    csvTable: options.csvTable,
    ...(responses && {
      responses: {
        framework: collected.framework,
        respondents: collected.respondents,
        disclosure,
      },
    }),
  });
  await writeOutput(text, options.out, ctx);
}

/** Skipped files and warnings go to stderr, by file and position; the report never names them. */
function tellAbout(collected: Collected, ctx: Context): void {
  const { paintErr: paint } = ctx.out;
  const lines: string[] = duplicateLines(collected.duplicates);
  for (const w of collected.warnings)
    lines.push(
      `${oneLine(w.file)}:${w.line}:${w.column} ${paint.warning('warning')} ${oneLine(w.message)} (${w.rule})`,
    );
  for (const s of collected.skipped) {
    const first = s.findings.find(isError);
    lines.push(
      `${oneLine(s.file)}${first ? `:${first.line}:${first.column}` : ''} ${paint.warning('skipped')} ${first ? `${oneLine(first.message)} (${first.rule})` : 'cannot be used'}`,
    );
  }
  if (collected.skipped.length > 0)
    lines.push(
      `${collected.skipped.length} of ${counted(collected.documents, collected.what)} skipped (--skip-invalid); they are not counted`,
    );
  if (lines.length > 0) ctx.out.stderr(`${lines.join('\n')}\n`);
}

/**
 * The earlier assessment's published scores: from a JSON report written by attune (checked as
 * it is read), or from answers files scored as a report of them would be, with the same
 * threshold (answers to questions this framework no longer has, or from another major version,
 * are tolerated there: the comparison lists what exists in only one of the two).
 */
async function earlierScores(
  paths: readonly string[],
  framework: Framework,
  options: ReportOptions,
  ctx: Context,
  loader: FrameworkLoader,
): Promise<ScoreSet> {
  const only = paths.length === 1 ? paths[0] : undefined;
  if (only !== undefined && /\.json$/i.test(only)) {
    const abs = resolve(ctx.cwd, only);
    const info = await stat(abs).catch((error: unknown) => {
      throw fileError(only, error);
    });
    const earlier = info.isFile() ? await readEarlierReport(abs, only) : undefined;
    if (earlier) {
      if (earlier.framework.id !== framework.id)
        throw new InputError(
          `${only}: the earlier report is of framework "${oneLine(earlier.framework.id)}", not "${framework.id}"`,
        );
      return earlier;
    }
  }
  const collected = await collectAnswers(paths, {
    cwd: ctx.cwd,
    loader,
    framework,
    skipInvalid: options.skipInvalid,
    tolerate: ['answers-version', 'answers-unknown-question'],
  });
  const twice = duplicateLines(collected.duplicates);
  if (twice.length > 0) ctx.out.stderr(`${twice.join('\n')}\n`);
  const model: ReportModel = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now: reportDate(ctx),
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  const unknown = new Set(
    collected.warnings
      .filter((w) => w.rule === 'answers-unknown-question')
      .map((w) => w.path.replace(/^answers\./, '')),
  );
  return scoreSetOf(model, [...unknown]);
}

/** `--plan`: the plan file, checked against the framework like any file, beside the report. */
async function planSection(
  model: ReportModel,
  framework: Framework,
  file: string,
  ctx: Context,
): Promise<PlanSection | null> {
  const loaded = await loadPlan(resolve(ctx.cwd, file), file, framework);
  if (!loaded.doc) {
    ctx.out.stderr(
      `${findingLines(loaded.findings)
        .map((l) => oneLine(l))
        .join('\n')}\n`,
    );
    throw new InputError(
      `${oneLine(file)}: the plan cannot be used until the problems above are put right`,
    );
  }
  // Nothing worked out from the answers is shown: neither is anything set beside it.
  if (model.withheld) return null;
  return buildPlanSection(model, loaded.doc, reportDate(ctx));
}

async function writeOutput(text: string, out: string | undefined, ctx: Context): Promise<void> {
  if (out === undefined || isStandardOutput(out)) {
    ctx.out.stdout(text);
    return;
  }
  // Never a device, a link or one of the files this report was made from.
  await writeOutputFile(resolve(ctx.cwd, out), text, { shown: out, flag: '--out' });
  ctx.out.stderr(`attune: wrote ${oneLine(out)}\n`);
}

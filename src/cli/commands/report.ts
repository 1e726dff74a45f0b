import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compare, scoreSetSchema, type ScoreSet } from '../../core/compare.js';
import { InputError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import { buildReport, type ReportModel } from '../../core/report-model.js';
import { oneLine } from '../../core/sanitize.js';
import { isSuppressed } from '../../core/scoring.js';
import { collectAnswers, counted, type Collected } from '../../io/collect-answers.js';
import { duplicateLines } from '../../io/expand-paths.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { fileError, MB, readText, textProblemFinding } from '../../io/read-text.js';
import { loadTemplates } from '../../io/templates.js';
import { isStandardOutput, writeOutputFile } from '../../io/write-file.js';
import { actionsCsv, domainsCsv, responsesCsv, type CsvTable } from '../../render/report/csv.js';
import { reportHtml, reportJson, reportMarkdown } from '../../render/report/render.js';
import { threadsOption, type Context } from '../context.js';
import { parseLang } from '../lang.js';

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
  /** Finding rules reported as warnings rather than refusing the file (assess's own report). */
  tolerate?: string[];
}

export async function report(paths: string[], options: ReportOptions, ctx: Context): Promise<void> {
  const text = await buildReportText(paths, options, ctx);
  await writeOutput(text, options.out, ctx);
}

/** The report's text: also what `assess` writes when it finishes. */
export async function buildReportText(
  paths: readonly string[],
  options: ReportOptions,
  ctx: Context,
): Promise<string> {
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
  const keepRows = options.format === 'csv' && options.csvTable === 'responses';
  const collected = await collectAnswers(paths, {
    cwd: ctx.cwd,
    loader,
    ...(options.framework !== undefined && { framework: options.framework }),
    skipInvalid: options.skipInvalid,
    keepRows,
    ...(options.tolerate && { tolerate: options.tolerate }),
    ...threadsOption(ctx),
  });
  tellAbout(collected, ctx);
  const model = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now: now(ctx),
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.by !== undefined && { by: options.by }),
  });
  if (options.compare && options.compare.length > 0) {
    const earlier = await earlierScores(options.compare, collected.framework, options, ctx, loader);
    model.comparison = compare(earlier, model);
  }
  switch (options.format) {
    case 'json':
      return reportJson(model);
    case 'md':
      return reportMarkdown(model, templates as NonNullable<typeof templates>);
    case 'html':
      return reportHtml(model, templates as NonNullable<typeof templates>);
    case 'csv':
      return csvTable(model, collected, options);
  }
}

function csvTable(model: ReportModel, collected: Collected, options: ReportOptions): string {
  switch (options.csvTable) {
    case 'actions':
      return actionsCsv(model);
    case 'domains':
      return domainsCsv(model);
    case 'responses': {
      const { tally } = collected;
      const min = options.minGroupSize;
      const hidden = (groups: Map<string, Parameters<typeof isSuppressed>[0]>) =>
        new Set([...groups].filter(([, g]) => isSuppressed(g, min)).map(([k]) => k));
      return responsesCsv({
        framework: collected.framework,
        respondents: collected.respondents,
        hiddenRoles: hidden(tally.roles),
        hiddenUnits: hidden(tally.units),
      });
    }
  }
}

/** The date a report carries: now, or SOURCE_DATE_EPOCH for reproducible output. */
function now(ctx: Context): string {
  const epoch = Number.parseInt(ctx.env.SOURCE_DATE_EPOCH ?? '', 10);
  return (Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()).toISOString();
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
    const first = s.findings.find((f) => f.severity === 'error');
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
 * The earlier assessment: a JSON report written by attune, or answers files scored with this
 * framework (answers to questions it no longer has, or from another major version, are
 * tolerated there: the comparison lists what exists in only one of the two).
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
    if (info.isFile()) {
      const data = await readReportJson(abs, only);
      if (data !== undefined) {
        const parsed = scoreSetSchema.safeParse(data);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          throw new InputError(
            `${only}: not a JSON report of attune (${first ? `${first.path.join('.')}: ${first.message}` : 'unexpected shape'})`,
          );
        }
        if (parsed.data.framework.id !== framework.id)
          throw new InputError(
            `${only}: the earlier report is of framework "${oneLine(parsed.data.framework.id)}", not "${framework.id}"`,
          );
        return parsed.data;
      }
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
  const model = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now: now(ctx),
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  const unknown = new Set(
    collected.warnings
      .filter((w) => w.rule === 'answers-unknown-question')
      .map((w) => w.path.replace(/^answers\./, '')),
  );
  const { generated: _now, ...scores } = model;
  return {
    ...scores,
    questions: [...model.questions, ...[...unknown].map((id) => ({ id, domain: '', score: null }))],
  };
}

/** A JSON report of thousands of questions is a few MB. */
const COMPARE_LIMIT = 20 * MB;

/** A JSON report's data, or undefined where the file is JSON answers rather than a report. */
async function readReportJson(abs: string, shown: string): Promise<unknown> {
  const read = await readText(abs, COMPARE_LIMIT, shown);
  if (!read.ok) {
    const f = textProblemFinding(read.problem, shown, 'JSON reports');
    throw new InputError(`${f.file}:${f.line}:${f.column}: ${f.message}`);
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof data === 'object' && data !== null && 'overall' in data && !('answers' in data)
    ? data
    : undefined;
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

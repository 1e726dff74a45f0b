import { isError } from '../../core/findings.js';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { scoreSetOf, type ScoreSet } from '../../core/compare.js';
import { InputError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import {
  buildReport,
  decideDisclosure,
  type Disclosure,
  type ReportModel,
} from '../../core/report-model.js';
import type { Provenance } from '../../core/schema/provenance.js';
import { oneLine } from '../../core/sanitize.js';
import { buildPlanSection } from '../../core/plan/report.js';
import { buildResponseRates, mergeInvited } from '../../core/report/response-rates.js';
import type { Invited, PlanDoc } from '../../core/schema/plan.js';
import type { Cycle } from '../../core/trend.js';
import { buildKeyFindings } from '../../core/report/findings.js';
import { findingLines, loadPlan } from '../../io/plan-file.js';
import { collectAnswers, counted, type Collected } from '../../io/collect-answers.js';
import { readEarlierReport } from '../../io/earlier-report.js';
import { answersDigest, fileDigest } from '../../io/digests.js';
import { inputsProvenance } from '../../io/provenance.js';
import { duplicateLines } from '../../io/expand-paths.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { fileError } from '../../io/read-text.js';
import { loadTemplates } from '../../io/templates.js';
import { isStandardOutput, writeOutputFile } from '../../io/write-file.js';
import type { CsvTable } from '../../render/report/csv.js';
import { threadsOption, type Context } from '../context.js';
import { parseLang } from '../lang.js';
import { reportDate, withheldNotice } from '../report-notes.js';

export interface ReportOptions {
  format: 'md' | 'html' | 'json' | 'csv' | 'docx';
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
  /** Each use of --compare, kept apart (program.ts); else all of `compare` is one. */
  compareUses?: string[][];
  label?: string[];
  invited?: string[];
}

export type JobOptions = Omit<ReportOptions, 'format' | 'out' | 'template' | 'csvTable'> & {
  /** Keep each respondent's rows (the tidy CSV table). */
  keepRows?: boolean;
};

/** A report worked out, with what it was made from: for `report`, and for `verify` to redo. */
export interface ReportJob {
  model: ReportModel;
  collected: Collected;
  disclosure: Disclosure;
}

export async function report(paths: string[], options: ReportOptions, ctx: Context): Promise<void> {
  parseLang(options.lang);
  // Binary output never goes to a terminal: said before any file is read.
  if (
    options.format === 'docx' &&
    (options.out === undefined || isStandardOutput(options.out)) &&
    ctx.out.stdoutIsTerminal === true
  )
    throw new InputError(
      'a Word report is a binary file and is not written to the terminal; give a file name with --out report.docx',
    );
  // Templates first: a mistake in them should not wait for thousands of files to be read.
  const templates =
    options.format === 'md' || options.format === 'html'
      ? loadTemplates(
          options.template === undefined ? undefined : resolve(ctx.cwd, options.template),
          options.template,
        )
      : undefined;
  const responses = options.format === 'csv' && options.csvTable === 'responses';
  const { model, collected, disclosure } = await makeReport(
    paths,
    { ...options, keepRows: responses },
    ctx,
    reportDate(ctx),
  );
  const notice = withheldNotice(model);
  if (notice) ctx.out.stderr(`attune: ${notice}\n`);
  if (options.format === 'docx') {
    // The Word writer is large: loaded only for a Word report.
    const { reportDocx } = await import('../../render/report/docx.js');
    await writeOutput(await reportDocx(model), options.out, ctx);
    return;
  }
  // The renderers (Handlebars, the CSV writer) are loaded once there is a report to render.
  const { renderReport } = await import('../../render/report/render.js');
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

/**
 * Reads the answers (and the earlier cycles and the plan), works out the report model as of
 * `now`, and records what it was made from (its provenance).
 */
export async function makeReport(
  paths: readonly string[],
  options: JobOptions,
  ctx: Context,
  now: string,
): Promise<ReportJob> {
  const loader = new FrameworkLoader(ctx.cwd);
  const collected = await collectAnswers(paths, {
    cwd: ctx.cwd,
    loader,
    ...(options.framework !== undefined && { framework: options.framework }),
    skipInvalid: options.skipInvalid,
    keepRows: options.keepRows ?? false,
    ...threadsOption(ctx),
  });
  tellAbout(collected, ctx);
  const uses = options.compareUses ?? (options.compare?.length ? [options.compare] : []);
  const labels = checkLabels(options.label ?? [], uses.length);
  const invited = parseInvited(options.invited ?? [], collected.framework);
  const history: Cycle[] = [];
  const earlierSources: Provenance['compare'] = [];
  for (const [i, use] of uses.entries()) {
    const earlier = await earlierScores(use, collected.framework, options, ctx, loader, now);
    history.push({ scores: earlier.scores, label: labels[i] });
    earlierSources.push({ label: labels[i] ?? null, ...earlier.source });
  }
  const disclosure = decideDisclosure(collected.tally, { minGroupSize: options.minGroupSize });
  const label = labels[uses.length];
  const model = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now,
    disclosure,
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.by !== undefined && { by: options.by }),
    history,
    ...(label !== undefined && { label }),
  });
  const planDoc =
    options.plan === undefined ? undefined : await readPlan(options.plan, collected.framework, ctx);
  // Nothing worked out from the answers is shown: neither is anything set beside it.
  const rates = model.withheld
    ? []
    : buildResponseRates(model, collected.tally, mergeInvited(planDoc?.invited, invited));
  if (rates.length > 0) model.responseRates = rates;
  if (planDoc) model.plan = model.withheld ? null : buildPlanSection(model, planDoc, now, rates);
  // The summary names the plan's owners, dates and overall target.
  model.keyFindings = buildKeyFindings(model);
  model.provenance = await provenanceOf(collected, options, earlierSources, ctx);
  return { model, collected, disclosure };
}

/** What the report was made from: digests of every input, and the options that change it. */
async function provenanceOf(
  collected: Collected,
  options: JobOptions,
  compare: Provenance['compare'],
  ctx: Context,
): Promise<Provenance> {
  return {
    ...(await inputsProvenance(collected)),
    options: {
      minGroupSize: options.minGroupSize,
      lang: options.lang ?? null,
      by: options.by ?? null,
      skipInvalid: options.skipInvalid,
      invited: [...(options.invited ?? [])],
      labels: [...(options.label ?? [])],
    },
    plan:
      options.plan === undefined
        ? null
        : {
            name: basename(options.plan),
            sha256: await fileDigest(resolve(ctx.cwd, options.plan), options.plan),
          },
    compare,
  };
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
  options: JobOptions,
  ctx: Context,
  loader: FrameworkLoader,
  now: string,
): Promise<{ scores: ScoreSet; source: Omit<Provenance['compare'][number], 'label'> }> {
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
      return {
        scores: earlier,
        source: { kind: 'report', files: 1, sha256: await fileDigest(abs, only) },
      };
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
    now,
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  const unknown = new Set(
    collected.warnings
      .filter((w) => w.rule === 'answers-unknown-question')
      .map((w) => w.path.replace(/^answers\./, '')),
  );
  return {
    scores: scoreSetOf(model, [...unknown]),
    source: { kind: 'answers', ...answersDigest(collected.files, collected.digests) },
  };
}

/** `--plan`: the plan file, checked against the framework like any file. */
async function readPlan(file: string, framework: Framework, ctx: Context): Promise<PlanDoc> {
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
  return loaded.doc;
}

/** `--label`: one for each `--compare` in the same order, then at most one for this assessment. */
function checkLabels(labels: readonly string[], earlier: number): string[] {
  if (labels.length > earlier + 1)
    throw new InputError(
      `--label: ${labels.length} labels for ${earlier} --compare; give one for each --compare in the same order, then at most one for this assessment`,
    );
  for (const l of labels)
    if (l.trim() === '' || l.length > 100 || oneLine(l) !== l)
      throw new InputError(
        `--label "${oneLine(l, 40)}": a label is one line of 1 to 100 characters, such as 2025`,
      );
  return [...labels];
}

const MAX_INVITED = 10_000_000;

/** `--invited role=N` or `--invited unit:role=N`, each role one of the framework's. */
export function parseInvited(values: readonly string[], framework: Framework): Invited {
  const roles: Record<string, number> = {};
  const units: Record<string, Record<string, number>> = {};
  const known = framework.respondents.map((r) => r.id);
  for (const v of values) {
    const m = /^(?:(.+):)?([^:=]+)=(\d+)$/.exec(v);
    if (!m)
      throw new InputError(
        `--invited "${oneLine(v, 60)}": give a role and how many were asked, such as staff=24, or for one unit Northside:staff=8`,
      );
    const [, unit, role = '', count = ''] = m;
    if (!known.includes(role))
      throw new InputError(
        `--invited "${oneLine(v, 60)}": "${oneLine(role, 40)}" is not a role of ${framework.id} (${known.join(', ') || 'it has none'})`,
      );
    const n = Number(count);
    if (n > MAX_INVITED)
      throw new InputError(`--invited "${oneLine(v, 60)}": at most ${MAX_INVITED} people`);
    if (unit === undefined) roles[role] = n;
    else units[unit] = { ...units[unit], [role]: n };
  }
  return { roles, ...(Object.keys(units).length > 0 && { units }) };
}

async function writeOutput(
  data: string | Uint8Array,
  out: string | undefined,
  ctx: Context,
): Promise<void> {
  if (out === undefined || isStandardOutput(out)) {
    if (typeof data === 'string') ctx.out.stdout(data);
    else if (ctx.out.stdoutBytes) ctx.out.stdoutBytes(data);
    else throw new InputError('a Word report needs a file: give one with --out report.docx');
    return;
  }
  // Never a device, a link or one of the files this report was made from.
  await writeOutputFile(resolve(ctx.cwd, out), data, { shown: out, flag: '--out' });
  ctx.out.stderr(`attune: wrote ${oneLine(out)}\n`);
}

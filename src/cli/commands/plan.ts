import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { isError } from '../../core/findings.js';
import type { Framework } from '../../core/framework.js';
import { mergePlan, type PlanChange } from '../../core/plan/merge.js';
import { planInputSchema, planSourceOf, type PlanInput } from '../../core/plan/source.js';
import { plural } from '../../core/plural.js';
import { buildReport } from '../../core/report-model.js';
import { oneLine } from '../../core/sanitize.js';
import { collectAnswers } from '../../io/collect-answers.js';
import { duplicateLines } from '../../io/expand-paths.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { findingLines, loadPlan, type LoadedPlan } from '../../io/plan-file.js';
import { planText } from '../../io/plan-write.js';
import { readText, MB } from '../../io/read-text.js';
import { isStandardOutput, writeFileSafely } from '../../io/write-file.js';
import { roundForJson } from '../../render/report/format.js';
import { threadsOption, type Context } from '../context.js';
import { parseLang } from '../lang.js';
import { reportDate } from '../report-notes.js';

export interface PlanOptions {
  out: string;
  framework?: string;
  minGroupSize: number;
  lang?: string;
  dryRun: boolean;
  skipInvalid: boolean;
}

/** How many times a plan changed by someone else while attune worked is merged again. */
const TRIES = 3;

/**
 * `attune plan`: writes the plan file from an assessment, or merges the assessment into the
 * plan there is. The merge is pure (core/plan/merge.ts); here it is read, merged, and written
 * only if the file is still as it was read (else read and merged again).
 */
export async function plan(paths: string[], options: PlanOptions, ctx: Context): Promise<void> {
  parseLang(options.lang);
  if (isStandardOutput(options.out))
    throw new InputError('--out: a plan is a file that attune reads again; give a file name');
  const loader = new FrameworkLoader(ctx.cwd);
  const { input, framework } = await assessment(paths, options, ctx, loader);
  const source = planSourceOf(input);
  const abs = resolve(ctx.cwd, options.out);

  for (let attempt = 1; ; attempt++) {
    const before = await readPlan(abs, options.out, framework, ctx);
    const { plan: merged, changes } = mergePlan(before?.doc, source);
    if (options.dryRun) {
      ctx.out.stdout(describe(changes, options.out, true));
      return;
    }
    const text = planText(merged, before?.text);
    // Written only over the plan as it was read: an edit made meanwhile is merged, not lost.
    const now = await currentText(abs, options.out);
    if (now !== (before?.text ?? undefined)) {
      if (attempt >= TRIES)
        throw new InputError(
          `${oneLine(options.out)}: keeps changing while attune works on it; try again when nobody is editing it`,
        );
      ctx.out.stderr(
        `attune: ${oneLine(options.out)} changed while attune was working; merging with the new version\n`,
      );
      continue;
    }
    await writeFileSafely(abs, text, { shown: options.out });
    ctx.out.stderr(describe(changes, options.out, false));
    return;
  }
}

async function currentText(abs: string, shown: string): Promise<string | undefined> {
  const read = await readText(abs, 5 * MB, shown).catch((error: unknown) => {
    if (error instanceof InputError && /no such file/.test(error.message)) return undefined;
    throw error;
  });
  return read?.ok ? read.text : undefined;
}

async function readPlan(
  abs: string,
  shown: string,
  framework: Framework,
  ctx: Context,
): Promise<LoadedPlan | undefined> {
  if ((await currentText(abs, shown)) === undefined) return undefined;
  const loaded = await loadPlan(abs, shown, framework);
  const errors = loaded.findings.filter(isError);
  if (errors.length > 0 || !loaded.doc) {
    ctx.out.stderr(
      `${findingLines(loaded.findings)
        .map((l) => oneLine(l))
        .join('\n')}\n`,
    );
    throw new InputError(
      `${oneLine(shown)}: the plan cannot be merged until ${plural(errors.length, 'problem')} above ${errors.length === 1 ? 'is' : 'are'} put right`,
    );
  }
  return loaded;
}

/** The assessment: answers scored as `report` scores them, or a JSON report of this version. */
async function assessment(
  paths: readonly string[],
  options: PlanOptions,
  ctx: Context,
  loader: FrameworkLoader,
): Promise<{ input: PlanInput; framework: Framework }> {
  const only = paths.length === 1 ? paths[0] : undefined;
  if (only !== undefined && /\.json$/i.test(only)) {
    const read = await readText(resolve(ctx.cwd, only), 256 * MB, only);
    let data: unknown;
    try {
      data = read.ok ? JSON.parse(read.text) : undefined;
    } catch {
      data = undefined;
    }
    if (data !== null && typeof data === 'object' && 'overall' in data && !('answers' in data)) {
      const parsed = planInputSchema.safeParse(data);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new InputError(
          `${oneLine(only)}: not a JSON report that a plan can be made from (${oneLine(first ? `${first.path.join('.')}: ${first.message}` : 'unexpected shape', 200)}); a report written by an older attune has no action ids: give the answers instead`,
        );
      }
      const framework = await loader.require(options.framework ?? parsed.data.framework.id);
      return { input: parsed.data, framework };
    }
  }
  const collected = await collectAnswers(paths, {
    cwd: ctx.cwd,
    loader,
    ...(options.framework !== undefined && { framework: options.framework }),
    skipInvalid: options.skipInvalid,
    ...threadsOption(ctx),
  });
  const twice = duplicateLines(collected.duplicates);
  if (twice.length > 0) ctx.out.stderr(`${twice.join('\n')}\n`);
  const model = buildReport(collected.tally, {
    minGroupSize: options.minGroupSize,
    now: reportDate(ctx),
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  if (model.withheld)
    throw new InputError(
      `no plan can be made: only ${plural(model.withheld.individuals, 'person', 'people')} answered on their own, fewer than --min-group-size (${options.minGroupSize})`,
    );
  // Rounded as a JSON report is, so that a plan from answers and from their report agree.
  const input = JSON.parse(JSON.stringify(model, roundForJson)) as PlanInput;
  return { input, framework: collected.framework };
}

/** What changed, in a few lines: on standard output for --dry-run, else on standard error. */
function describe(changes: readonly PlanChange[], file: string, dry: boolean): string {
  const name = oneLine(file);
  const lines: string[] = [];
  for (const c of changes) {
    switch (c.kind) {
      case 'created':
        lines.push(`new plan with ${plural(c.actions, 'action')}, and targets to start from`);
        break;
      case 'added':
        lines.push(`added ${c.id}: ${oneLine(c.text, 120)}`);
        break;
      case 'met':
        lines.push(
          `met ${c.id}: its question now scores ${c.score.toFixed(1)}, at or above ${c.below} (suggested; status stays ${c.status})`,
        );
        break;
      case 'unmet':
        lines.push(`${c.id} applies again: its question is below its threshold once more`);
        break;
      case 'assessed':
        lines.push(`assessed: ${c.from} → ${c.to}`);
        break;
      case 'version':
        lines.push(`framework version: ${c.from} → ${c.to}`);
        break;
      case 'targets':
        lines.push('targets added to start from');
        break;
    }
  }
  if (lines.length === 0) return `attune: ${name} is up to date; nothing to change\n`;
  const head = dry
    ? `${name} would change (--dry-run: nothing written):`
    : `attune: wrote ${name}:`;
  return `${head}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

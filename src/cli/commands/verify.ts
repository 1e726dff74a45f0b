import { resolve } from 'node:path';
import { InputError, ProblemsFound } from '../../core/errors.js';
import { jsonSyntaxError } from '../../core/json-syntax.js';
import { plural } from '../../core/plural.js';
import { oneLine } from '../../core/sanitize.js';
import { provenanceSchema, type Provenance } from '../../core/schema/provenance.js';
import { inputDifferences, compareDifferences, reportDifferences } from '../../core/verify.js';
import { readJsonReport } from '../../io/earlier-report.js';
import { reportJson } from '../../render/report/render.js';
import type { Context } from '../context.js';
import { makeReport } from './report.js';

export interface VerifyOptions {
  framework?: string;
  plan?: string;
  compare?: string[];
  /** Each use of --compare, kept apart (program.ts). */
  compareUses?: string[][];
}

/**
 * `attune verify report.json <answers…>`: works the report out again from the inputs given,
 * with the options the report records, and says whether it is the same report: the same inputs
 * (by their digests) and the same numbers. Exit 0 where it is, 1 where something differs (one
 * line each), 2 where the report or an input cannot be used.
 */
export async function verify(
  reportFile: string,
  answers: string[],
  options: VerifyOptions,
  ctx: Context,
): Promise<void> {
  const { written, provenance, generated } = await readReport(reportFile, ctx);
  const uses = options.compareUses ?? (options.compare?.length ? [options.compare] : []);
  // Without the same number of earlier cycles the report cannot be made again at all.
  if (uses.length !== provenance.compare.length)
    differs(compareDifferences(provenance.compare, given(uses.length)), ctx);
  const o = provenance.options;
  const { model } = await makeReport(
    answers,
    {
      ...(options.framework !== undefined && { framework: options.framework }),
      ...(options.plan !== undefined && { plan: options.plan }),
      compareUses: uses,
      minGroupSize: o.minGroupSize,
      ...(o.lang !== null && { lang: o.lang }),
      ...(o.by !== null && { by: o.by }),
      skipInvalid: o.skipInvalid,
      invited: o.invited,
      label: o.labels,
    },
    ctx,
    generated,
  );
  const now = model.provenance;
  if (!now) throw new Error('the report job records its provenance');
  const inputs = inputDifferences(provenance, now);
  if (inputs.length > 0) differs(inputs, ctx);
  const numbers = reportDifferences(written, JSON.parse(reportJson(model)) as unknown);
  if (numbers.length > 0) {
    if (provenance.attune !== now.attune)
      numbers.push(
        `(the report was made by attune ${provenance.attune}, and this is attune ${now.attune}: some differences may come from that)`,
      );
    differs(numbers, ctx);
  }
  ctx.out.stdout(
    `${oneLine(reportFile)}: made from these inputs (${plural(now.answers.files, 'answers file')}, ${now.framework.id} ${now.framework.version}${now.plan ? ', the plan' : ''}${now.compare.length > 0 ? `, ${plural(now.compare.length, 'earlier assessment')}` : ''}), and every number in it is as they give it\n`,
  );
}

/** Stand-ins for earlier cycles, where only their number is compared. */
const given = (n: number): Provenance['compare'] =>
  Array.from({ length: n }, () => ({ label: null, kind: 'answers', files: 0, sha256: '' }));

function differs(lines: readonly string[], ctx: Context): never {
  ctx.out.stdout(lines.map((l) => `${oneLine(l, 400)}\n`).join(''));
  throw new ProblemsFound('');
}

/** The JSON report: parsed, an object, with a provenance attune can read. */
async function readReport(
  shown: string,
  ctx: Context,
): Promise<{ written: unknown; provenance: Provenance; generated: string }> {
  const { text, data } = await readJsonReport(resolve(ctx.cwd, shown), shown, 'JSON reports');
  if (data === undefined) {
    const problem = jsonSyntaxError(text);
    const at = problem?.offset ?? 0;
    const before = text.slice(0, at).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    throw new InputError(
      `${shown}:${line}:${column} ${problem?.message ?? 'not JSON'}: verify needs a JSON report (attune report --format json)`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(`${shown}: not a JSON report of attune (attune report --format json)`);
  const record = data as Record<string, unknown>;
  if (!Object.hasOwn(record, 'provenance'))
    throw new InputError(
      `${shown}: the report says nothing of where it came from (it has no provenance): it was made by an earlier version of attune, or is not a JSON report of attune; make it again with attune report --format json`,
    );
  const parsed = provenanceSchema.safeParse(record.provenance);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = ['provenance', ...(first?.path.map(String) ?? [])].join('.');
    throw new InputError(
      `${shown}: ${where}: ${oneLine(first?.message ?? 'unexpected shape', 200)}; the report's provenance cannot be read`,
    );
  }
  const generated = record.generated;
  if (typeof generated !== 'string' || Number.isNaN(new Date(generated).getTime()))
    throw new InputError(`${shown}: generated: expected the date the report was made`);
  return { written: data, provenance: parsed.data, generated };
}

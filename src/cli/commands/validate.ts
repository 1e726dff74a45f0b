import { ProblemsFound } from '../../core/errors.js';
import { packageVersion } from '../../io/package-paths.js';
import { validateFrameworkPaths } from '../../io/validate-files.js';
import { findingsFormatters, type FindingsFormat } from '../../render/findings/index.js';
import type { Context } from '../context.js';

export interface ValidateOptions {
  format: FindingsFormat;
  strict: boolean;
}

export async function validate(
  paths: string[],
  options: ValidateOptions,
  ctx: Context,
): Promise<void> {
  // ATTUNE_THREADS caps the worker threads used for many files (1: none).
  const threads = Number.parseInt(ctx.env.ATTUNE_THREADS ?? '', 10);
  const result = await validateFrameworkPaths(
    paths,
    ctx.cwd,
    Number.isFinite(threads) && threads > 0 ? { threads } : {},
  );
  const report = { ...result, strict: options.strict, toolVersion: packageVersion() };
  ctx.out.stdout(findingsFormatters[options.format](report, ctx.out.paintOut));
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  if (errors > 0 || (options.strict && warnings > 0)) {
    // The findings are already printed; the exit code tells CI.
    throw new ProblemsFound('', { cause: 'findings' });
  }
}

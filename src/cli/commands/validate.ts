import { ProblemsFound } from '../../core/errors.js';
import { countFindings } from '../../core/findings.js';
import { duplicateLines } from '../../io/expand-paths.js';
import { packageVersion } from '../../io/package-paths.js';
import { validateFrameworkPaths } from '../../io/validate-files.js';
import { findingsFormatters, type FindingsFormat } from '../../render/findings/index.js';
import { threadsOption, type Context } from '../context.js';

export interface ValidateOptions {
  format: FindingsFormat;
  strict: boolean;
}

export async function validate(
  paths: string[],
  options: ValidateOptions,
  ctx: Context,
): Promise<void> {
  const result = await validateFrameworkPaths(paths, ctx.cwd, threadsOption(ctx));
  const twice = duplicateLines(result.duplicates ?? []);
  if (twice.length > 0) ctx.out.stderr(`${twice.join('\n')}\n`);
  const report = { ...result, strict: options.strict, toolVersion: packageVersion() };
  ctx.out.stdout(findingsFormatters[options.format](report, ctx.out.paintOut));
  const { errors, warnings } = countFindings(result.findings);
  if (errors > 0 || (options.strict && warnings > 0)) {
    // The findings are already printed; the exit code tells CI.
    throw new ProblemsFound('', { cause: 'findings' });
  }
}

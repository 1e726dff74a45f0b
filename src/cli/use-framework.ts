import { ProblemsFound } from '../core/errors.js';
import type { Framework } from '../core/framework.js';
import { oneLine } from '../core/sanitize.js';
import { FrameworkLoader, type LoadedFramework } from '../io/load-framework.js';
import { packageVersion } from '../io/package-paths.js';
import { stylish } from '../render/findings/stylish.js';
import type { Context } from './context.js';

export interface UsableFramework {
  loaded: LoadedFramework;
  framework: Framework;
}

/**
 * A framework named on the command line (an id or a path), for a command that uses it. A name
 * that leads nowhere ends the command with exit 2; a framework with errors has its findings
 * printed to stderr, as `validate` would print them, and ends it with exit 1.
 */
export async function useFramework(ref: string, ctx: Context): Promise<UsableFramework> {
  const loaded = await new FrameworkLoader(ctx.cwd).loadRef(ref);
  const framework = loaded.framework;
  if (!framework) {
    // The framework's file, then any it extends that has findings of its own.
    const files = [...new Set([loaded.file, ...loaded.findings.map((f) => f.file)])];
    const report = {
      files,
      findings: loaded.findings.map((f) => ({ ...f, message: oneLine(f.message) })),
      strict: false,
      toolVersion: packageVersion(),
    };
    ctx.out.stderr(stylish(report, ctx.out.paintErr));
    throw new ProblemsFound('');
  }
  return { loaded, framework };
}

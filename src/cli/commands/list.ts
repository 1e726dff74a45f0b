import { ProblemsFound } from '../../core/errors.js';
import { listFrameworks } from '../../io/list-frameworks.js';
import { frameworkListJson, frameworkListText } from '../../render/framework-list.js';
import type { Context } from '../context.js';

export interface ListOptions {
  json: boolean;
}

/** The frameworks attune can find by id; exit 1 where one of them is not valid. */
export async function list(options: ListOptions, ctx: Context): Promise<void> {
  const frameworks = await listFrameworks(ctx.cwd);
  ctx.out.stdout(options.json ? frameworkListJson(frameworks) : frameworkListText(frameworks));
  for (const f of frameworks) {
    if (f.hiddenBy !== undefined)
      ctx.out.stderr(
        `attune: warning: ${f.path ?? f.id} is not used: ${f.hiddenBy === 'bundled' ? 'a bundled framework' : f.hiddenBy} has the same id, ${f.id}; give it an id of its own\n`,
      );
  }
  const invalid = frameworks.filter((f) => f.errors > 0);
  if (invalid.length > 0) {
    const paths = invalid.map((f) => f.path ?? f.id).join(' ');
    throw new ProblemsFound(
      `${invalid.length === 1 ? 'a framework is' : `${invalid.length} frameworks are`} not valid; run attune validate ${paths} to see why`,
    );
  }
}

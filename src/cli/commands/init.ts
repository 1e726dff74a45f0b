import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { jsonSchema } from '../../core/json-schema.js';
import { oneLine } from '../../core/sanitize.js';
import { planStarter } from '../../core/starter.js';
import { catalog } from '../../io/catalog.js';
import { isPathRef, resolveFrameworkRef } from '../../io/load-framework.js';
import { shownPath } from '../../io/shown-path.js';
import { checkOutputTarget } from '../../io/write-file.js';
import { writeNewFile } from '../../io/write-new-file.js';
import { SCHEMA_FILE, starterYaml } from '../../render/starter.js';
import type { Context } from '../context.js';
import { useFramework } from '../use-framework.js';

export interface InitOptions {
  extends?: string;
  force: boolean;
}

/**
 * Writes a new framework that passes `validate --strict`, commented key by key, and the JSON
 * Schema beside it for editors. With --extends, the framework starts from another one, and
 * its commented examples use that framework's real ids.
 */
export async function init(file: string, options: InitOptions, ctx: Context): Promise<void> {
  const abs = resolve(ctx.cwd, file);
  const bundled = catalog(ctx.cwd)
    .filter((e) => e.origin === 'bundled')
    .map((e) => e.id);
  const parent =
    options.extends === undefined
      ? undefined
      : {
          framework: (await useFramework(options.extends, ctx)).framework,
          ref: extendsValue(options.extends, abs, ctx.cwd),
        };
  const plan = planStarter(basename(abs), bundled, parent);
  const schemaFile = join(dirname(abs), SCHEMA_FILE);
  const schemaShown = shownPath(ctx.cwd, schemaFile);
  // Both files are checked before either is written: neither is ever written through a link.
  await checkOutputTarget(schemaFile, schemaShown);

  await writeNewFile(abs, starterYaml(plan, file), { overwrite: options.force, shown: file });
  // Generated, so always refreshed: it describes this version of attune's format.
  await writeNewFile(schemaFile, JSON.stringify(jsonSchema('framework'), null, 2) + '\n', {
    overwrite: true,
    shown: schemaShown,
  });

  const from = parent ? ` (extends ${parent.framework.id})` : '';
  const name = oneLine(file);
  ctx.out.stderr(
    `Wrote ${name}${from} and ${oneLine(schemaShown)}.\n` +
      `Next: edit ${name}, then check it with attune validate --strict ${name}\n`,
  );
}

/**
 * `extends:` as the new file should say it: an id or an absolute path stays as it is; a path
 * typed relative to the working directory is rewritten relative to the new file, which is how
 * `extends` reads it.
 */
function extendsValue(ref: string, newFile: string, cwd: string): string {
  if (!isPathRef(ref, cwd) || isAbsolute(ref)) return ref;
  const rel = relative(dirname(newFile), resolveFrameworkRef(ref, cwd)).split('\\').join('/');
  return rel.startsWith('../') || isAbsolute(rel) ? rel : `./${rel}`;
}

import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { oneLine } from '../../core/sanitize.js';
import { formModel, formQuestions } from '../../core/form-model.js';
import { LANG_PATTERN } from '../../core/schema/common.js';
import { formAssets } from '../../io/form-assets.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { packageVersion } from '../../io/package-paths.js';
import { isStandardOutput, writeOutputFile } from '../../io/write-file.js';
import { renderForm } from '../../render/form.js';
import type { Context } from '../context.js';

export interface FormOptions {
  framework: string;
  lang?: string;
  role?: string;
  out: string;
}

export async function form(options: FormOptions, ctx: Context): Promise<void> {
  if (options.lang !== undefined && !LANG_PATTERN.test(options.lang)) {
    throw new InputError(`--lang ${options.lang}: expected a language tag such as en-GB or cy`);
  }
  const framework = await new FrameworkLoader(ctx.cwd).require(options.framework);
  const model = formModel(framework, {
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.role !== undefined && { role: options.role }),
  });
  if (formQuestions(model).length === 0) {
    throw new InputError(
      `--role ${options.role ?? ''}: ${framework.id} asks this role no questions, so there is no form to make`,
    );
  }
  const html = renderForm(model, await formAssets(), packageVersion());
  const toStdout = isStandardOutput(options.out);
  if (toStdout) ctx.out.stdout(html);
  // Never a device, a link, or the framework the form is made from.
  else
    await writeOutputFile(resolve(ctx.cwd, options.out), html, {
      shown: options.out,
      flag: '--out',
    });
  if (options.lang !== undefined && model.lang === undefined) {
    ctx.out.stderr(
      `attune: ${framework.id} has no texts in ${options.lang}; the form is in ${framework.language}\n`,
    );
  }
  const count = formQuestions(model).length;
  const forRole = options.role === undefined ? '' : ` for role ${options.role}`;
  const inLang = model.lang === undefined ? '' : `, in ${model.lang}`;
  ctx.out.stderr(
    `wrote ${toStdout ? 'the form to standard output' : oneLine(options.out)}: ${count} questions of ${framework.id} ${framework.version}${forRole}${inLang}. Open it in any web browser; it works offline and saves an answers file.\n`,
  );
}

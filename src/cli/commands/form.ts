import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { messagesFor } from '../../core/messages.js';
import { oneLine } from '../../core/sanitize.js';
import { formModel, formQuestions } from '../../core/form-model.js';
import { LANG_PATTERN } from '../../core/schema/common.js';
import { formAssets } from '../../io/form-assets.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import { packageVersion } from '../../io/package-paths.js';
import { isStandardOutput, writeOutputFile } from '../../io/write-file.js';
import { formCommandArea } from '../../messages/form-command.js';
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
  // In the language of the interface asked for, where attune speaks it (else English).
  const say = messagesFor(formCommandArea, options.lang);
  const named = `${framework.id} ${framework.version}`;
  if (options.lang !== undefined && model.lang === undefined) {
    const params = { framework: framework.id, lang: options.lang, language: framework.language };
    ctx.out.stderr(`attune: ${say('noTexts', params)}\n`);
  }
  const params = {
    target: toStdout ? say('standardOutput') : oneLine(options.out),
    count: formQuestions(model).length,
    framework: named,
    ...(options.role !== undefined && { role: options.role }),
    ...(model.lang !== undefined && { lang: model.lang }),
  };
  const id =
    options.role === undefined
      ? model.lang === undefined
        ? 'wrote'
        : 'wroteInLang'
      : model.lang === undefined
        ? 'wroteForRole'
        : 'wroteForRoleInLang';
  ctx.out.stderr(`${say(id, params)}\n`);
}

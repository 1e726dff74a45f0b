import { resolvedDoc } from '../../core/resolved.js';
import { outlineJson, outlineMarkdown } from '../../render/outline.js';
import type { Context } from '../context.js';
import { languageFor, parseLang } from '../lang.js';
import { useFramework } from '../use-framework.js';

export interface ShowOptions {
  format: 'md' | 'json';
  lang?: string;
}

/** One framework's outline (Markdown), or the whole resolved framework (JSON), on stdout. */
export async function show(ref: string, options: ShowOptions, ctx: Context): Promise<void> {
  const lang = parseLang(options.lang);
  const { framework } = await useFramework(ref, ctx);
  const whole = resolvedDoc(framework);
  const shown = lang === undefined ? undefined : languageFor(whole, lang, ctx);
  if (options.format === 'json') {
    ctx.out.stdout(outlineJson(lang === undefined ? whole : resolvedDoc(framework, lang)));
  } else {
    ctx.out.stdout(outlineMarkdown(framework, { lang, shown }));
  }
}

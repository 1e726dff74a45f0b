import { InputError } from '../core/errors.js';
import { isLanguageTag, languagesOf, servedLanguage } from '../core/languages.js';
import { oneLine } from '../core/sanitize.js';
import type { FrameworkDoc } from '../core/schema/framework.js';
import type { Context } from './context.js';

/** `--lang`: a language tag, or the user's input cannot be used (exit 2). */
export function parseLang(lang: string | undefined): string | undefined {
  if (lang === undefined || isLanguageTag(lang)) return lang;
  throw new InputError(
    `--lang ${oneLine(lang, 40)}: not a language tag; use one such as en-GB or cy`,
  );
}

/**
 * The language a framework's texts will be shown in for `--lang`. A framework with no text at
 * all in that language is shown in its own, with a warning on stderr: the fallback is what
 * `--lang` promises, but a typo (`--lang cym`) should not pass unseen.
 */
export function languageFor(doc: FrameworkDoc, lang: string, ctx: Context): string {
  const served = servedLanguage(doc, lang);
  if (served !== undefined) return served;
  const own = doc.language ?? 'en-GB';
  ctx.out.stderr(
    `attune: warning: ${doc.id} has no text in ${lang}, so it is shown in ${own} (its languages: ${languagesOf(doc).join(', ')})\n`,
  );
  return own;
}

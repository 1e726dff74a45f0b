import { forEachText } from './texts.js';
import { LANG_PATTERN } from './schema/patterns.js';
import type { FrameworkDoc } from './schema/framework.js';

const tagValidity = new Map<string, boolean>();

/** Whether `Intl` accepts a tag as BCP 47 (after the schema's looser pattern has passed). */
export function validTag(tag: string): boolean {
  let valid = tagValidity.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    tagValidity.set(tag, valid);
  }
  return valid;
}

/** A language tag as a framework may use one: `en-GB`, `cy`, `pt-BR`. */
export function isLanguageTag(tag: string): boolean {
  return LANG_PATTERN.test(tag) && validTag(tag);
}

/**
 * Which of the `available` tags serves a request for `lang`: the exact tag, else its base
 * language (`cy-GB` asks for `cy`), else any tag with the same base (`cy` finds `cy-GB`).
 */
export function matchLanguage(available: Iterable<string>, lang: string): string | undefined {
  const tags = [...available];
  if (tags.includes(lang)) return lang;
  const base = lang.split('-')[0] ?? lang;
  if (tags.includes(base)) return base;
  return tags.find((t) => t.split('-')[0] === base);
}

/** Every language a framework has text in: its own `language` first, then the rest as met. */
export function languagesOf(doc: FrameworkDoc): string[] {
  const found = new Set<string>([doc.language ?? 'en-GB']);
  forEachText(doc, (text) => {
    if (typeof text !== 'string') for (const tag of Object.keys(text)) found.add(tag);
  });
  return [...found];
}

/** The tag that serves `lang` in this framework, or undefined where it has no text in it. */
export function servedLanguage(doc: FrameworkDoc, lang: string): string | undefined {
  return matchLanguage(languagesOf(doc), lang);
}

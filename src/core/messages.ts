import { IntlMessageFormat } from 'intl-messageformat';

/** The parser's element type of literal text (TYPE.literal in @formatjs/icu-messageformat-parser). */
const LITERAL = 0;

/**
 * attune's own words (not a framework's) in the languages it speaks: one catalogue per area of
 * the interface (assess, the form) and language, under src/messages/, each message in ICU
 * MessageFormat, so that counts follow each language's plural rules (Intl.PluralRules: Welsh
 * has six forms, English two). English is the source: its catalogue names every message, and
 * any other language falls back to it message by message, so a catalogue that is still being
 * written never leaves a gap on screen. Pure and browser-safe: the offline form bundles it.
 */

/** An area's English catalogue: message id to ICU MessageFormat text. */
export type Catalogue = Readonly<Record<string, string>>;

/** A catalogue in another language: any of the English ids, with its own text. */
export type Translation<C extends Catalogue> = Partial<Record<keyof C, string>>;

export interface Area<C extends Catalogue> {
  /** For messages about the catalogues themselves, such as the test's. */
  name: string;
  en: C;
  /** By language subtag (`cy`), the translations this area has. */
  translations: Readonly<Record<string, Translation<C>>>;
}

export type Params = Record<string, string | number>;

/** Formats a message of an area, by id, with its parameters. */
export type Say<C extends Catalogue> = (id: keyof C & string, params?: Params) => string;

/** The language subtag of a tag, lower case: `cy-GB` → `cy`. */
export const baseLanguage = (tag: string): string => (tag.split('-')[0] ?? tag).toLowerCase();

/**
 * The language the interface speaks for `lang` in an area: the one asked for where the area has
 * a catalogue for it (by its base subtag), else English.
 */
export function interfaceLanguage(area: Area<Catalogue>, lang: string | undefined): string {
  if (lang === undefined) return 'en';
  const base = baseLanguage(lang);
  return base !== 'en' && area.translations[base] !== undefined ? base : 'en';
}

/**
 * The messages of an area in a language: each message in that language where its catalogue has
 * it, else in English. Compiled once per message, on first use.
 */
export function messagesFor<C extends Catalogue>(area: Area<C>, lang: string | undefined): Say<C> {
  const language = interfaceLanguage(area, lang);
  const own = language === 'en' ? undefined : area.translations[language];
  const compiled = new Map<string, IntlMessageFormat>();
  return (id, params) => {
    let format = compiled.get(id);
    if (format === undefined) {
      const local = own?.[id];
      format =
        local !== undefined
          ? new IntlMessageFormat(local, language)
          : new IntlMessageFormat(area.en[id] ?? id, 'en');
      compiled.set(id, format);
    }
    return String(format.format(params));
  };
}

/**
 * The names of a message's parameters, from its syntax tree, sorted: what a translation must
 * take, no more and no fewer. Throws where the text is not valid ICU MessageFormat.
 */
export function placeholders(text: string, lang: string): string[] {
  const names = new Set<string>();
  const visit = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const e of elements) {
      // Literal text has a value too, but is no parameter; `#` (in a plural) has none.
      if ('value' in e && (e.type as number) !== LITERAL && typeof e.value === 'string')
        names.add(e.value);
      if ('options' in e)
        for (const option of Object.values(e.options) as { value: typeof elements }[])
          visit(option.value);
      if ('children' in e) visit(e.children);
    }
  };
  visit(new IntlMessageFormat(text, lang).getAst());
  return [...names].sort();
}

/** A message parsed ahead of time, with the language it is written in. */
export interface CompiledMessage {
  lang: string;
  ast: ReturnType<IntlMessageFormat['getAst']>;
}

/**
 * Every message of an area in a language, parsed, each in that language or else English: for
 * a page that formats messages without carrying a parser (the offline form).
 */
export function compiledMessages<C extends Catalogue>(
  area: Area<C>,
  lang: string | undefined,
): Record<string, CompiledMessage> {
  const language = interfaceLanguage(area, lang);
  const own = language === 'en' ? undefined : area.translations[language];
  const out: Record<string, CompiledMessage> = {};
  for (const id of Object.keys(area.en)) {
    const local = own?.[id];
    const [text, in_] = local !== undefined ? [local, language] : [area.en[id] ?? id, 'en'];
    out[id] = { lang: in_, ast: new IntlMessageFormat(text, in_).getAst() };
  }
  return out;
}

/** Formats messages parsed ahead of time (see compiledMessages); no parser is needed. */
export function messagesFromCompiled<C extends Catalogue>(
  compiled: Readonly<Record<string, CompiledMessage>>,
): Say<C> {
  const formats = new Map<string, IntlMessageFormat>();
  return (id, params) => {
    let format = formats.get(id);
    if (format === undefined) {
      const m = compiled[id];
      if (m === undefined) return id;
      format = new IntlMessageFormat(m.ast, m.lang);
      formats.set(id, format);
    }
    return String(format.format(params));
  };
}

/** "25 minutes", "1 hour", "1 hour 30 minutes": in whichever catalogue `say` speaks from. */
export function spokenDuration(
  minutes: number,
  say: (id: 'minutes' | 'hours' | 'hoursMinutes', params: Params) => string,
): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return say('minutes', { minutes: rest });
  return rest === 0 ? say('hours', { hours }) : say('hoursMinutes', { hours, minutes: rest });
}

import { IntlMessageFormat } from 'intl-messageformat';
import { interfaceLanguage, placeholders, type Params } from '../../core/messages.js';
import { reportArea } from '../../messages/report.js';
import type { report } from '../../messages/report.en.js';

/** A message of the report's catalogue, by id. */
export type ReportMessage = keyof typeof report;

/**
 * The report's own words in one format, for one language: a message formatted with its
 * parameters, the message's own text escaped for the format by `literal`, and each text
 * parameter put in exactly as given, after the escaping. A text parameter is already made safe
 * for the format (the view escapes every framework and answers text once), or is markup a
 * template gives on purpose (a code span): it is neither escaped twice nor ever read as message
 * syntax. Numbers are put in by the message (a count's `#` in the language's digits and plural
 * form), and a text a `select` chooses by is used only to choose.
 */
export type Words = (id: ReportMessage, params?: Readonly<Record<string, unknown>>) => string;

/** The language the report's own words are in for the report's `lang`: `cy` or `en`. */
export const reportLanguage = (lang: string | undefined): string =>
  interfaceLanguage(reportArea, lang);

/** The locale dates and numbers are written in, for a report language. */
export const reportLocale = (language: string): string => (language === 'en' ? 'en-GB' : language);

// Private-use characters: no message, and no escaping, makes or changes them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/g;

/** The element types of @formatjs/icu-messageformat-parser that choose by a parameter. */
const SELECT = 5;
const PLURAL = 6;

interface Compiled {
  format: IntlMessageFormat;
  /** Every parameter the message names, in any of its branches: each must be given. */
  needs: readonly string[];
  /** Parameters a select or a plural chooses by: passed to the formatter, never put in. */
  choosers: ReadonlyMap<string, 'select' | 'plural'>;
}

export function reportWords(lang: string | undefined, literal: (text: string) => string): Words {
  const language = reportLanguage(lang);
  const own = language === 'en' ? undefined : reportArea.translations[language];
  const compiled = new Map<string, Compiled>();
  const compile = (id: ReportMessage): Compiled => {
    let c = compiled.get(id);
    if (c === undefined) {
      const local = own?.[id];
      const text = reportArea.en[id] as string | undefined;
      if (text === undefined) throw new Error(`the report has no message ${JSON.stringify(id)}`);
      const [source, lang] = local !== undefined ? [local, language] : [text, 'en'];
      const format = new IntlMessageFormat(source, lang);
      c = { format, needs: placeholders(source, lang), choosers: choosersOf(format.getAst()) };
      compiled.set(id, c);
    }
    return c;
  };
  return (id, params = {}) => {
    const { format, needs, choosers } = compile(id);
    const missing = needs.filter((name) => !Object.hasOwn(params, name));
    if (missing.length > 0) throw new Error(`the message ${id} needs ${missing.join(', ')}`);
    const texts: string[] = [];
    const values: Params = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'number') {
        values[name] = value;
        continue;
      }
      const text =
        typeof value === 'string'
          ? value
          : typeof value === 'boolean'
            ? String(value)
            : value === null || value === undefined
              ? ''
              : undefined;
      if (text === undefined)
        throw new Error(`the message ${id} takes text or a number as ${name}, not a list or a map`);
      const chooser = choosers.get(name);
      if (chooser === 'plural') {
        // A count a template gives as text ("12", from a field of the view) counts as its number.
        const n = Number(text);
        values[name] = text.trim() !== '' && Number.isFinite(n) ? n : text;
      } else if (chooser === 'select') values[name] = text;
      else {
        values[name] = `${OPEN}${texts.length}${CLOSE}`;
        texts.push(text);
      }
    }
    return literal(String(format.format(values))).replace(
      SLOT,
      (_m, i: string) => texts[Number(i)] ?? '',
    );
  };
}

function choosersOf(
  elements: ReturnType<IntlMessageFormat['getAst']>,
): Map<string, 'select' | 'plural'> {
  const names = new Map<string, 'select' | 'plural'>();
  const visit = (list: typeof elements) => {
    for (const e of list) {
      const type = e.type as number;
      if (type === SELECT || type === PLURAL)
        names.set((e as { value: string }).value, type === SELECT ? 'select' : 'plural');
      if ('options' in e)
        for (const option of Object.values(e.options) as { value: typeof elements }[])
          visit(option.value);
      if ('children' in e) visit(e.children);
    }
  };
  visit(elements);
  return names;
}

/** Text for HTML element content and double-quoted attributes: what the report's own words need. */
export const htmlText = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

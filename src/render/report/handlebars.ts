import Handlebars from 'handlebars';
import { InputError } from '../../core/errors.js';
import { oneLine } from '../../core/sanitize.js';
import type { TemplateSet } from '../../core/template-set.js';
import { report as reportMessages } from '../../messages/report.en.js';
import type { ReportMessage, Words } from './words.js';

/**
 * What one rendering may cost. A template is a consultant's, or copied from someone: thirty
 * nested `{{#each}}` fit in 1 KB and would run for ever, and a partial that includes itself twice
 * doubles at each level. Every pass through a block (each item of an `#each`, an `#if`, a
 * `#with`, a section) and every partial counts as a step, and the text each produces is
 * counted as it is made, so rendering stops early with a clear error instead. The bundled
 * templates take a few thousand steps and a few hundred KB for the largest framework attune
 * accepts; these limits are far above that.
 */
export const RENDER_LIMITS = { steps: 2_000_000, text: 64 * 1024 * 1024 };

const COMPILE = { noEscape: true, strict: true, preventIndent: true } as const;

/** Rendering went over RENDER_LIMITS. */
class TooMuchWork extends Error {}

/**
 * Handlebars, set up in one place. Templates are compiled without escaping because the view
 * they get is already escaped for its format (view.ts), and in strict mode, so that a template
 * naming a field the view does not have fails loudly instead of printing nothing. The `log`
 * helper is refused: a template writes into the report, never to the terminal.
 *
 * The `t` helper says a message of the report's catalogue in the report's language:
 * `{{t "summary"}}`, `{{t "overallScore" score=summary.score}}`. Its words are escaped for the
 * format and its parameters put in as they are (see words.ts), so it may be used anywhere text
 * may, a custom template's included; a message it does not know fails loudly.
 */
export function compileTemplate(
  set: TemplateSet,
  name: string,
  options: { words?: Words; limits?: { steps: number; text: number } } = {},
): (view: object) => string {
  const limits = options.limits ?? RENDER_LIMITS;
  const source = set.files.get(name);
  if (source === undefined) throw new InputError(`no template ${name}`);
  const where = set.origin.get(name) ?? name;
  const hbs = Handlebars.create();
  hbs.registerHelper('log', () => {
    throw new Error('the log helper is not available: a template writes into the report only');
  });
  const words = options.words;
  if (words)
    hbs.registerHelper('t', (...args: unknown[]) => {
      const helper = args.pop() as Handlebars.HelperOptions;
      const [id] = args;
      if (typeof id !== 'string' || !Object.hasOwn(reportMessages, id))
        throw new Error(`the t helper has no message ${JSON.stringify(id)}`);
      return words(id as ReportMessage, helper.hash as Record<string, unknown>);
    });

  const spent = { steps: 0, text: 0 };
  const step = () => {
    if (++spent.steps > limits.steps) throw new TooMuchWork();
  };
  const made = (out: unknown) => {
    if (typeof out === 'string' && (spent.text += out.length) > limits.text)
      throw new TooMuchWork();
  };
  /** A block's body (or its else), counted each time it runs. */
  const counted = <F extends (...args: never[]) => unknown>(fn: F): F => {
    const wrapped = function (this: unknown, ...args: Parameters<F>) {
      step();
      const out: unknown = fn.apply(this, args);
      made(out);
      return out;
    };
    // Handlebars keeps facts on the function itself (its program id, its block params).
    return Object.assign(wrapped, fn);
  };

  for (const helper of ['each', 'with', 'if', 'unless', 'blockHelperMissing']) {
    const original = hbs.helpers[helper] as (...args: unknown[]) => unknown;
    hbs.registerHelper(helper, function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as Handlebars.HelperOptions;
      if (typeof options.fn === 'function') options.fn = counted(options.fn);
      if (typeof options.inverse === 'function') options.inverse = counted(options.inverse);
      return original.apply(this, args);
    });
  }
  // Inline partials ({{#*inline "x"}}) run as blocks: counted in the same way.
  const decorators = hbs.decorators as Record<
    string,
    ((...args: unknown[]) => unknown) | undefined
  >;
  const inline = decorators.inline;
  if (inline)
    hbs.registerDecorator(
      'inline',
      (fn: unknown, props: unknown, container: unknown, options: { fn: () => unknown }) =>
        inline(fn, props, container, { ...options, fn: counted(options.fn) }),
    );

  for (const [partial, text] of set.partials) {
    const from = set.origin.get(`partials/${partial}.hbs`) ?? `partials/${partial}.hbs`;
    try {
      // Parsed now, so that a mistake in a partial names its own file.
      Handlebars.parse(text);
    } catch (error) {
      throw templateError(from, error);
    }
    const compiled = hbs.compile(text, COMPILE);
    hbs.registerPartial(
      partial,
      counted((context: unknown, options?: Handlebars.RuntimeOptions) =>
        compiled(context, options),
      ),
    );
  }

  let template: HandlebarsTemplateDelegate;
  try {
    Handlebars.parse(source);
    template = hbs.compile(source, COMPILE);
  } catch (error) {
    throw templateError(where, error);
  }
  return (view) => {
    spent.steps = 0;
    spent.text = 0;
    let out: string;
    try {
      out = template(view, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw templateError(where, error);
    }
    if (out.length > limits.text) throw templateError(where, new TooMuchWork());
    return out;
  };
}

function templateError(where: string, error: unknown): InputError {
  if (error instanceof TooMuchWork || error instanceof RangeError)
    return new InputError(
      `${oneLine(where)}: rendering stopped, as the template does far more work than a report needs (loops inside loops, or a partial that includes itself); simplify it`,
    );
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars names the view's object as "[object Object]" or "undefined": no help to a reader.
  const first = (message.split('\n')[0] ?? message).replace(
    / in (\[object Object\]|undefined)/,
    '',
  );
  return new InputError(`${oneLine(where)}: ${oneLine(first)}`);
}

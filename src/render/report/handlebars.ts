import Handlebars from 'handlebars';
import { InputError } from '../../core/errors.js';
import type { TemplateSet } from '../../core/template-set.js';

/**
 * Handlebars, set up in one place. Templates are compiled without escaping because the view
 * they get is already escaped for its format (view.ts), and in strict mode, so that a template
 * naming a field the view does not have fails loudly instead of printing nothing.
 */
export function compileTemplate(set: TemplateSet, name: string): (view: object) => string {
  const source = set.files.get(name);
  if (source === undefined) throw new InputError(`no template ${name}`);
  const hbs = Handlebars.create();
  for (const [partial, text] of set.partials) hbs.registerPartial(partial, text);
  const where = set.origin.get(name) ?? name;
  let template: HandlebarsTemplateDelegate;
  try {
    template = hbs.compile(source, { noEscape: true, strict: true, preventIndent: true });
  } catch (error) {
    throw templateError(where, error);
  }
  return (view) => {
    try {
      return template(view, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw templateError(where, error);
    }
  };
}

function templateError(where: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars names the view's object as "[object Object]" or "undefined": no help to a reader.
  const first = (message.split('\n')[0] ?? message).replace(
    / in (\[object Object\]|undefined)/,
    '',
  );
  return new InputError(`${where}: ${first}`);
}

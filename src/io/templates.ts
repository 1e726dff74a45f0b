import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { TemplateSet } from '../core/template-set.js';
import { fileError } from './read-text.js';
import { templatesDir } from './package-paths.js';

const LOGOS: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};
const MAX_LOGO = 512 * 1024;

/**
 * Reads the bundled templates, then `overrides` (a consultant's folder): a file there with the
 * same name replaces the bundled one, and `logo.svg|png|jpg` adds a logo.
 */
export function loadTemplates(overrides?: string, shown = overrides): TemplateSet {
  const set: TemplateSet = { files: new Map(), partials: new Map(), origin: new Map() };
  readInto(set, templatesDir(), 'templates');
  if (overrides !== undefined) {
    const info = (() => {
      try {
        return statSync(overrides);
      } catch (error) {
        throw fileError(shown ?? overrides, error);
      }
    })();
    if (!info.isDirectory())
      throw new InputError(`${shown}: --template needs a folder of templates, not a file`);
    const found = readInto(set, overrides, shown ?? overrides);
    const logo = Object.keys(LOGOS)
      .map((ext) => join(overrides, `logo${ext}`))
      .find((f) => existsSync(f));
    if (logo) {
      const bytes = readFileSync(logo);
      if (bytes.length > MAX_LOGO)
        throw new InputError(`${logo}: a logo may be at most ${MAX_LOGO / 1024} KB`);
      set.logo = `data:${LOGOS[extname(logo)] ?? 'image/png'};base64,${bytes.toString('base64')}`;
    }
    if (found === 0 && !set.logo)
      throw new InputError(
        `${shown}: holds none of the report's templates (report.md.hbs, report.html.hbs, report.css, partials/*.hbs, logo.svg)`,
      );
  }
  return set;
}

/** Reads the templates in `dir` into the set; `shown` names the folder in messages. */
function readInto(set: TemplateSet, dir: string, shown: string): number {
  let found = 0;
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw fileError(file, error);
    }
  };
  for (const name of ['report.md.hbs', 'report.html.hbs', 'report.css']) {
    const file = join(dir, name);
    if (existsSync(file)) {
      set.files.set(name, read(file));
      set.origin.set(name, join(shown, name));
      found++;
    }
  }
  const partials = join(dir, 'partials');
  if (existsSync(partials)) {
    for (const name of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      const file = join(partials, name);
      set.partials.set(name.slice(0, -'.hbs'.length), read(file));
      set.origin.set(`partials/${name}`, join(shown, 'partials', name));
      found++;
    }
  }
  return found;
}

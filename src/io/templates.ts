import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import type { TemplateSet } from '../core/template-set.js';
import { oneLine } from '../core/sanitize.js';
import { fileError, MB, readBytesSync } from './read-file.js';
import { decodeText, sizeOf } from './read-text.js';
import { templatesDir } from './package-paths.js';

const LOGOS: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};
const MAX_LOGO = 512 * 1024;
/** A template or a style sheet is a few KB; 1 MB is far beyond any real one. */
const MAX_TEMPLATE = 1 * MB;
const MAX_PARTIALS = 200;

/**
 * Reads the bundled templates, then `overrides` (a consultant's folder): a file there with the
 * same name replaces the bundled one, and `logo.svg|png|jpg` adds a logo.
 *
 * Every file of the folder must be a regular file inside it. A link that leads out of the folder
 * is refused: a template folder is often shared or copied from someone else, and a link such as
 * `logo.svg -> ~/.ssh/id_rsa` or `report.css -> /etc/passwd` would otherwise put that file into
 * a report that is then sent on.
 */
export function loadTemplates(overrides?: string, shown = overrides): TemplateSet {
  const set: TemplateSet = { files: new Map(), partials: new Map(), origin: new Map() };
  readInto(set, templatesDir(), 'templates');
  if (overrides !== undefined) {
    const name = shown ?? overrides;
    let root: string;
    try {
      if (!statSync(overrides).isDirectory())
        throw new InputError(
          `${oneLine(name)}: --template needs a folder of templates, not a file`,
        );
      root = realpathSync(overrides);
    } catch (error) {
      throw error instanceof InputError ? error : fileError(name, error);
    }
    const found = readInto(set, overrides, name, root);
    const logo = Object.keys(LOGOS).find((ext) => present(join(overrides, `logo${ext}`)));
    if (logo !== undefined) {
      const file = join(overrides, `logo${logo}`);
      const shownLogo = join(name, `logo${logo}`);
      const read = readBytesSync(inside(file, root, shownLogo), MAX_LOGO, shownLogo);
      if (!read.ok)
        throw new InputError(
          `${oneLine(shownLogo)}: the logo is ${sizeOf(read)}; a logo may be at most ${MAX_LOGO / 1024} KB`,
        );
      set.logo = `data:${LOGOS[extname(file)] ?? 'image/png'};base64,${read.bytes.toString('base64')}`;
    }
    if (found === 0 && !set.logo)
      throw new InputError(
        `${oneLine(name)}: holds none of the report's templates (report.md.hbs, report.html.hbs, report.css, partials/*.hbs, logo.svg)`,
      );
  }
  return set;
}

/** Whether something is there under this name (a link that leads nowhere counts: it is refused). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The file's real path, where it is inside `root`; otherwise the user's error. */
function inside(file: string, root: string | undefined, shown: string): string {
  if (root === undefined) return file;
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    throw fileError(shown, error);
  }
  if (!real.startsWith(root + sep))
    throw new InputError(
      `${oneLine(shown)}: is a link to a file outside the template folder; copy the file into the folder instead`,
    );
  return real;
}

/**
 * Reads the templates in `dir` into the set; `shown` names the folder in messages. With `root`
 * (an override folder's real path), every file must be inside it.
 */
function readInto(set: TemplateSet, dir: string, shown: string, root?: string): number {
  let found = 0;
  const read = (file: string, name: string): string => {
    const where = join(shown, name);
    const bytes = readBytesSync(inside(file, root, where), MAX_TEMPLATE, where);
    if (!bytes.ok)
      throw new InputError(
        `${oneLine(where)}: the file is ${sizeOf(bytes)}; a template may be at most ${MAX_TEMPLATE / MB} MB`,
      );
    const text = decodeText(bytes.bytes);
    if (!text.ok) throw new InputError(`${oneLine(where)}: is not UTF-8 text; save it as UTF-8`);
    return text.text;
  };
  for (const name of ['report.md.hbs', 'report.html.hbs', 'report.css']) {
    const file = join(dir, name);
    if (present(file)) {
      set.files.set(name, read(file, name));
      set.origin.set(name, join(shown, name));
      found++;
    }
  }
  const partials = join(dir, 'partials');
  if (present(partials)) {
    let names: string[];
    try {
      names = readdirSync(partials).filter((f) => f.endsWith('.hbs'));
    } catch (error) {
      throw fileError(join(shown, 'partials'), error);
    }
    if (names.length > MAX_PARTIALS)
      throw new InputError(
        `${oneLine(join(shown, 'partials'))}: holds ${names.length} partials; attune reads at most ${MAX_PARTIALS}`,
      );
    for (const name of names.sort()) {
      const file = join(partials, name);
      set.partials.set(name.slice(0, -'.hbs'.length), read(file, join('partials', name)));
      set.origin.set(`partials/${name}`, join(shown, 'partials', name));
      found++;
    }
  }
  return found;
}

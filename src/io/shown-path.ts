import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * How a file is named in messages: relative to the working folder where it is inside it (as
 * the person would type it), otherwise in full, so that the name never hides where `../` leads.
 */
export function shownPath(cwd: string, file: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? abs : rel;
}

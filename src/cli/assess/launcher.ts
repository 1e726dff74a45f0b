import { basename, delimiter, dirname, isAbsolute, resolve } from 'node:path';
import { shownPath } from '../../io/shown-path.js';
import { columns } from '../../render/wrap.js';
import { shellQuote } from './wording.js';

/**
 * How the person started attune, as the words to type to start it again the same way: for
 * the command that carries on after a pause. Under npm (`npx attune`, `npm exec`, a package
 * script) it is `npx attune`; a script run by node (`node bin/attune.js`) is run by node again;
 * a command found on the PATH (`attune`) by its name; anything else by the path that ran.
 *
 * @param script the script node ran (process.argv[1])
 */
export function launcher(
  script: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): string[] {
  if (
    env.npm_command === 'exec' ||
    env.npm_command === 'run-script' ||
    env.npm_lifecycle_event === 'npx'
  )
    return ['npx', 'attune'];
  if (script === undefined || script === '') return ['attune'];
  const path = resolve(cwd, script);
  if (/\.[cm]?js$/i.test(path)) return ['node', shownPath(cwd, path)];
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && resolve(cwd, dir) === dirname(path));
  if (onPath) return [basename(path)];
  const shown = shownPath(cwd, path);
  return [isAbsolute(shown) || shown.includes('/') ? shown : `./${shown}`];
}

/**
 * A command for a POSIX shell, indented, on as many lines as it needs to fit `width`: lines
 * break before an option, and each but the last ends in a backslash, so that the whole command
 * can still be copied and pasted. Only a single word wider than the line runs over.
 */
export function commandLines(words: readonly string[], width: number, indent = '  '): string {
  const quoted = words.map(shellQuote);
  const whole = indent + quoted.join(' ');
  if (columns(whole) <= width) return whole;
  const groups: string[] = [];
  for (const word of quoted) {
    const last = groups.length - 1;
    if (last < 0 || word.startsWith('-')) groups.push(word);
    else groups[last] = `${groups[last]} ${word}`;
  }
  const lines: string[] = [];
  let line = indent;
  for (const group of groups) {
    const next = line.trim() === '' ? line + group : `${line} ${group}`;
    if (line.trim() !== '' && columns(`${next} \\`) > width) {
      lines.push(`${line} \\`);
      line = `${indent}  ${group}`;
    } else line = next;
  }
  lines.push(line);
  return lines.join('\n');
}

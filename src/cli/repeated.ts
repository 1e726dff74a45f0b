/**
 * The values of each use of a variadic option, kept apart: `--compare a b --compare c` is two
 * earlier assessments, [a, b] and [c]. Commander joins every value into one list, so the uses are
 * read again from the arguments as given, by commander's own rule (values run to the next
 * argument that starts with a dash). Where that does not give back the same values in all (an
 * abbreviation, say), the values are kept as one use, as commander gave them.
 */
export function uses(args: readonly string[], flag: string, all: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] | null = null;
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === flag) {
      current = [];
      groups.push(current);
    } else if (arg.startsWith(`${flag}=`)) {
      current = [arg.slice(flag.length + 1)];
      groups.push(current);
    } else if (arg.startsWith('-') && arg.length > 1) {
      current = null;
    } else if (current) {
      current.push(arg);
    }
  }
  const flat = groups.flat();
  const same = flat.length === all.length && flat.every((v, i) => v === all[i]);
  return same && groups.every((g) => g.length > 0) ? groups : all.length > 0 ? [[...all]] : [];
}

/** "1 file", "3 files"; "1 set of answers", "2 sets of answers": a count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

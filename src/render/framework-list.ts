import { oneLine } from '../core/sanitize.js';
import type { ListedFramework } from '../core/listed-framework.js';
import { plural } from '../core/plural.js';

/**
 * `attune list` for people: a table of id, version, question count, where the framework comes
 * from, and its title; a framework that is not valid says so in place of its title.
 */
export function frameworkListText(list: readonly ListedFramework[]): string {
  const rows = list.map((f) => [
    f.id,
    f.version ?? '-',
    f.questions === undefined ? '-' : String(f.questions),
    `${f.path ?? 'bundled'}${f.hiddenBy === undefined ? '' : ' (not used)'}`,
    f.title === undefined ? `not valid: ${plural(f.errors, 'error')}` : oneLine(f.title, 120),
  ]);
  const header = ['id', 'version', 'questions', 'from', 'title'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        // Counts are right-aligned; the last column is not padded.
        return i === 2 ? c.padStart(w) : i === cells.length - 1 ? c : c.padEnd(w);
      })
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** `attune list --json`: every field, `null` where a framework has no value for it. */
export function frameworkListJson(list: readonly ListedFramework[]): string {
  const frameworks = list.map((f) => ({
    id: f.id,
    version: f.version ?? null,
    title: f.title ?? null,
    language: f.language ?? null,
    questions: f.questions ?? null,
    domains: f.domains ?? null,
    source: f.source,
    path: f.path ?? null,
    valid: f.errors === 0,
    errors: f.errors,
    warnings: f.warnings,
    hiddenBy: f.hiddenBy ?? null,
  }));
  return JSON.stringify({ frameworks }, null, 2) + '\n';
}

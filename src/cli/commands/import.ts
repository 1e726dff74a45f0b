import { InputError, ProblemsFound } from '../../core/errors.js';
import { plural } from '../../core/plural.js';
import { importTable, type ImportNote } from '../../core/import-map.js';
import { loadColumnMap } from '../../io/column-map-file.js';
import { isAnswersLines } from '../../io/answers-lines.js';
import { readCsv } from '../../io/import-csv.js';
import { writeImported } from '../../io/import-output.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import type { Context } from '../context.js';

export interface ImportOptions {
  framework: string;
  map?: string;
  out: string;
  force: boolean;
}

/** How many answers to questions not asked are named one by one. */
const NOT_ASKED_SHOWN = 20;

/**
 * attune import: a CSV export in, one answers file per row out (or one JSON Lines file, a row per
 * line), every unusable cell named.
 */
export async function importCsv(file: string, options: ImportOptions, ctx: Context): Promise<void> {
  const say = (line: string) => ctx.out.stderr(`${line}\n`);
  const framework = await new FrameworkLoader(ctx.cwd).require(options.framework);
  const map =
    options.map === undefined ? {} : await loadColumnMap(options.map, options.map, framework);
  const csv = await readCsv(file, file);
  if (csv.encoding === 'Windows-1252') {
    say(
      `${file}: not UTF-8, so read as Windows-1252 (Excel's "CSV" on Windows); if accented letters look wrong, save it as "CSV UTF-8"`,
    );
  }
  if (csv.rows.length === 0)
    throw new InputError(`${file}: has a header row but no rows of answers`);
  const result = importTable(framework, csv, map);
  const print = (keep: (n: ImportNote) => boolean) => {
    // Answers to questions not asked are left out as assess would; in a generic export there may
    // be thousands, so the first few are named and the rest counted.
    let notAsked = 0;
    for (const n of result.notes.filter(keep)) {
      if (n.kind === 'not-asked' && ++notAsked > NOT_ASKED_SHOWN) continue;
      say(where(n, file, options.map) + n.message);
    }
    const more = notAsked - NOT_ASKED_SHOWN;
    if (more > 0)
      say(
        `${file}: … and ${plural(more, 'more answer', 'more answers')} to questions not asked of their row: left out`,
      );
  };
  if (!result.columns.some((c) => c.kind === 'question')) {
    print((n) => n.kind === 'column' || n.kind === 'map');
    throw new InputError(
      `${file}: no column matches a question of ${framework.id}; name the columns by question id or question text, or give --map`,
    );
  }
  if (result.docs.length === 0) {
    // Every row would say "no answers"; the one line below says it for all of them.
    print((n) => n.kind !== 'row');
    throw new InputError(`${file}: no row holds an answer that could be used; nothing was written`);
  }
  print(() => true);
  const { written, others } = await writeImported(
    options.out,
    result.docs,
    result.counts.rows,
    options.force,
  );
  const { rows, empty, unmapped, ignoredColumns } = result.counts;
  const without = rows - empty - written.length;
  const extras = [
    unmapped > 0 && `${plural(unmapped, 'cell', 'cells')} could not be mapped`,
    ignoredColumns > 0 && `${plural(ignoredColumns, 'column', 'columns')} ignored`,
    without > 0 && `${plural(without, 'row', 'rows')} without answers`,
    empty > 0 && plural(empty, 'empty row', 'empty rows'),
  ].filter((x) => x !== false);
  const what = isAnswersLines(options.out)
    ? `${plural(written.length, 'line', 'lines')} of answers`
    : plural(written.length, 'answers file', 'answers files');
  say(
    `${file}: ${plural(rows, 'row', 'rows')} read, ${what} written to ${options.out}${extras.length > 0 ? `; ${extras.join(', ')}` : ''}`,
  );
  if (others.length > 0) {
    say(
      `${options.out} also holds ${plural(others.length, 'answers file', 'answers files')} from before (${others[0] ?? ''}${others.length > 1 ? ', …' : ''}), which attune report would read too`,
    );
  }
  // The files are written; the exit code says that some cells were left behind.
  if (unmapped > 0) throw new ProblemsFound('');
}

function where(note: ImportNote, file: string, map: string | undefined): string {
  if (note.kind === 'map') return `${map ?? 'map'}: `;
  return note.column === 0 ? `${file}:${note.row} ` : `${file}:${note.row}:${note.column} `;
}

/**
 * Whether a group smaller than the threshold can be worked out from what a report publishes
 * about one question: the sum (or count) of every role shown, every unit shown and the total.
 * Used only by suppression.ts, to decide which units may be shown beside the roles.
 *
 * The people answering a question fall into cells, one per role and unit. Hidden roles are
 * merged into one row (only their total can be known: the total less the roles shown), and
 * hidden units into one column, so every row and every column of what is left has a known sum,
 * as in a table with its margins printed. Which sets of cells can then be worked out is a
 * matter of the table's shape: a set can be recomputed exactly when its cells are those that
 * some rows (X) have in the columns that the other rows (Y) reach, and the X rows reach nowhere
 * else among them. (In the language of linear algebra: the sets whose indicator lies in the row
 * space of the margins; every such set is a union of these "closed cuts", so it is enough to
 * check each cut.) There are few roles, so every split of the rows into X and Y is tried.
 */
export interface Cell {
  role: string;
  unit: string;
  /** Individuals shown the question, and of those, how many gave it a value. */
  reach: number;
  valued: number;
}

export interface Problem {
  /** The columns (units) of the group that could be worked out. */
  columns: string[];
  /** The rows (roles) it comes from. */
  rows: string[];
}

/** Beyond this many rows the splits are too many to try: treat every unit as a problem. */
const MAX_ROWS = 12;

/** A table of the people in each cell: rows (roles), and for each column (unit) a count per row. */
export interface Table {
  rows: string[];
  columns: Map<string, number[]>;
}

/** A table from a list of cells. */
export function tableOf(cells: readonly { row: string; column: string; weight: number }[]): Table {
  const rowIndex = new Map<string, number>();
  const columns = new Map<string, number[]>();
  for (const c of cells) {
    let r = rowIndex.get(c.row);
    if (r === undefined) {
      r = rowIndex.size;
      rowIndex.set(c.row, r);
    }
    const weights = columns.get(c.column) ?? [];
    weights[r] = (weights[r] ?? 0) + c.weight;
    columns.set(c.column, weights);
  }
  return { rows: [...rowIndex.keys()], columns };
}

export function recoverable(table: Table, min: number): Problem | undefined {
  const small = (n: number) => n > 0 && n < min;
  const { columns } = table;
  // Rows with no one in them take no part.
  const rowTotals = table.rows.map(() => 0);
  for (const [column, weights] of columns) {
    let total = 0;
    weights.forEach((w, r) => {
      total += w;
      rowTotals[r] = (rowTotals[r] ?? 0) + w;
    });
    if (small(total)) return { columns: [column], rows: [] };
  }
  const thinRow = table.rows.findIndex((_, r) => small(rowTotals[r] ?? 0));
  if (thinRow >= 0) return { columns: [], rows: [table.rows[thinRow] ?? ''] };
  const rows = table.rows;
  if (rows.filter((_, r) => (rowTotals[r] ?? 0) > 0).length <= 1 || columns.size <= 1)
    return undefined;
  if (rows.length > MAX_ROWS) return { columns: [...columns.keys()], rows };

  // Columns that reach the same rows behave alike: group them by the rows they reach.
  const groups = new Map<number, { weights: number[]; columns: string[] }>();
  for (const [column, weights] of columns) {
    let mask = 0;
    weights.forEach((w, r) => {
      if (w > 0) mask |= 1 << r;
    });
    const g = groups.get(mask) ?? { weights: rows.map(() => 0), columns: [] };
    weights.forEach((w, r) => (g.weights[r] = (g.weights[r] ?? 0) + w));
    g.columns.push(column);
    groups.set(mask, g);
  }
  const full = (1 << rows.length) - 1;
  for (let y = 1; y < full; y++) {
    // The X rows' cells in the columns the Y rows reach.
    let sum = 0;
    const involved: string[] = [];
    const from = new Set<string>();
    for (const [mask, g] of groups) {
      if ((mask & y) === 0) continue;
      let part = 0;
      g.weights.forEach((w, r) => {
        if ((y & (1 << r)) === 0 && w > 0) {
          part += w;
          from.add(rows[r] ?? '');
        }
      });
      if (part > 0) {
        sum += part;
        involved.push(...g.columns);
      }
    }
    if (small(sum)) return { columns: involved, rows: [...from] };
  }
  return undefined;
}

import type { Provenance } from './schema/provenance.js';

/**
 * `attune verify`: what differs between a report's provenance and the inputs given now, and
 * between the report as it is and the report those inputs make. Each difference is one line
 * for people; none means the report came from those inputs.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function inputDifferences(recorded: Provenance, given: Provenance): string[] {
  const lines: string[] = [];
  const a = recorded.answers;
  const b = given.answers;
  if (a.files !== b.files)
    lines.push(
      `answers differ: ${plural(b.files, 'file')} given, the report used ${plural(a.files, 'file')}`,
    );
  else if (a.sha256 !== b.sha256)
    lines.push(
      `answers differ: ${plural(b.files, 'file')} given, as many as the report used, but not with the same contents`,
    );
  const f = recorded.framework;
  const g = given.framework;
  if (f.id !== g.id || f.version !== g.version)
    lines.push(
      `framework differs: the report used ${f.id} ${f.version}, these inputs use ${g.id} ${g.version}`,
    );
  else if (f.sha256 !== g.sha256)
    lines.push(
      `framework differs: ${f.id} ${f.version} here is not the same file${f.files.length > 1 || g.files.length > 1 ? 's' : ''} as the report used`,
    );
  const p = recorded.plan;
  const q = given.plan;
  if (p === null && q !== null)
    lines.push('plan differs: the report used no plan, and one was given (--plan)');
  else if (p !== null && q === null)
    lines.push(`plan differs: the report used a plan (${p.name}); give it with --plan`);
  else if (p !== null && q !== null && p.sha256 !== q.sha256)
    lines.push(`plan differs: ${q.name} is not the plan the report used (${p.name})`);
  lines.push(...compareDifferences(recorded.compare, given.compare));
  return lines;
}

export function compareDifferences(
  recorded: Provenance['compare'],
  given: Provenance['compare'],
): string[] {
  if (recorded.length !== given.length)
    return [
      `earlier assessments differ: ${plural(given.length, 'given with --compare', 'given with --compare')}, the report used ${recorded.length}`,
    ];
  const lines: string[] = [];
  recorded.forEach((r, i) => {
    const g = given[i];
    if (g === undefined || g.sha256 === r.sha256) return;
    const which = `earlier assessment ${i + 1}${r.label === null ? '' : ` (${r.label})`}`;
    lines.push(
      r.kind !== g.kind
        ? `${which} differs: the report used ${r.kind === 'report' ? 'a JSON report' : 'answers files'}, and ${g.kind === 'report' ? 'a JSON report' : 'answers files'} were given`
        : r.kind === 'answers' && r.files !== g.files
          ? `${which} differs: ${plural(g.files, 'file')} given, the report used ${plural(r.files, 'file')}`
          : `${which} differs: not the same ${r.kind === 'report' ? 'report' : 'answers'} as the report used`,
    );
  });
  return lines;
}

/** Where a value sits in the report, in words: "domain safety, score". */
type Place = string[];

const SCORE_KEYS = /score|^gap$|^low$|^high$|^change$|^before$|^after$|^distance$|^target$/i;

/**
 * Every place where the report as written differs from the report the inputs make, as lines
 * ("scores differ at domain safety: score is 70.0 in the report, 60.5 from the inputs"). Both
 * are the parsed JSON. Entries of lists with ids are matched by id, so one changed domain is one
 * line, not a shifted list. `provenance` is compared on its own (inputDifferences).
 */
export function reportDifferences(written: unknown, made: unknown, max = 20): string[] {
  const found: string[] = [];
  walk(written, made, [], found);
  const lines = found.slice(0, max);
  if (found.length > max) lines.push(`… and ${found.length - max} more differences`);
  return lines;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const KINDS: Record<string, string> = {
  domains: 'domain',
  areas: 'area',
  questions: 'question',
  actions: 'action',
  roles: 'role',
  stages: 'stage',
};

/** Far deeper than any report; a guard so that a hostile file cannot exhaust the stack. */
const MAX_DEPTH = 64;

function walk(a: unknown, b: unknown, place: Place, out: string[]): void {
  if (place.length > MAX_DEPTH) {
    out.push(`the report differs at ${where(place)}: nested far deeper than a report is`);
    return;
  }
  if (place.length === 0 && isObject(a) && isObject(b)) {
    for (const key of keysOf(a, b)) if (key !== 'provenance') walk(a[key], b[key], [key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const ids = (list: unknown[]) =>
      list.every((x) => isObject(x) && typeof x.id === 'string')
        ? list.map((x) => (x as { id: string }).id)
        : undefined;
    const idsA = ids(a);
    const idsB = ids(b);
    const last = place[place.length - 1] ?? '';
    if (idsA && idsB) {
      const byId = new Map<string, unknown>(b.map((x: unknown) => [(x as { id: string }).id, x]));
      const kind = KINDS[last] ?? last;
      const parent = place.slice(0, -1);
      for (const [i, x] of a.entries()) {
        const id = idsA[i] ?? '';
        const y = byId.get(id);
        if (y === undefined)
          out.push(`the report has ${kind} ${id}, which these inputs do not give`);
        else walk(x, y, [...parent, `${kind} ${id}`], out);
      }
      for (const id of idsB)
        if (!idsA.includes(id)) out.push(`the report lacks ${kind} ${id}, which these inputs give`);
      return;
    }
    if (a.length !== b.length) {
      out.push(
        `the report differs at ${where(place)}: ${a.length} entries in the report, ${b.length} from these inputs`,
      );
      return;
    }
    a.forEach((x, i) => walk(x, b[i], [...place, `[${i + 1}]`], out));
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of keysOf(a, b)) walk(a[key], b[key], [...place, key], out);
    return;
  }
  if (Object.is(a, b) || (!isObject(a) && !Array.isArray(a) && json(a) === json(b))) return;
  const last = place[place.length - 1] ?? '';
  const scoreLike = SCORE_KEYS.test(last) || (isNumber(a) && isNumber(b));
  out.push(
    `${scoreLike ? 'scores differ' : 'the report differs'} at ${where(place)}: ${shown(a)} in the report, ${shown(b)} from these inputs`,
  );
}

const isNumber = (v: unknown): v is number => typeof v === 'number';

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function where(place: Place): string {
  return place.join(', ').replace(/, \[/g, ' [');
}

/** JSON text of a value, or a word where it is too deep to write (hostile input). */
function json(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return '(too deeply nested to show)';
  }
}

function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = json(v);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

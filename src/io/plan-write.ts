import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { PlanDoc } from '../core/schema/plan.js';

/*
 * Writing a plan file, apart from reading one (plan-file.ts): `yaml`, which keeps comments and
 * order when a file is changed in place, is loaded only by the command that writes plans, not
 * by every report that reads one.
 */

/** The keys of a plan and of an action, in the order a person reads them. */
const PLAN_KEYS = ['attune', 'kind', 'framework', 'assessed', 'targets', 'invited', 'actions'];
const ACTION_KEYS = [
  'id',
  'question',
  'domain',
  'priority',
  'text',
  'below',
  'planned',
  'owner',
  'due',
  'status',
  'review',
  'check',
  'notes',
  'met',
];

function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const v = value as Record<string, unknown>;
  for (const k of keys) if (v[k] !== undefined) out[k] = v[k];
  for (const k of Object.keys(v)) if (!(k in out) && v[k] !== undefined) out[k] = v[k];
  return out as T;
}

const HEADER =
  '# attune action plan. Fill in owner (a role or team), due, status (planned, in-progress,\n' +
  '# done, dropped), review and notes; `attune plan` keeps them, and `report --plan` shows them.\n';

/**
 * The plan's YAML. Given the text it was read from, that text is changed in place, key by key,
 * so that what people wrote around the values (comments, order, quoting) stays as it was.
 */
export function planText(plan: PlanDoc, previous?: string): string {
  const fresh = ordered(
    { ...plan, actions: plan.actions.map((a) => ordered(a, ACTION_KEYS)) },
    PLAN_KEYS,
  );
  if (previous === undefined) {
    const doc = new Document(fresh);
    return HEADER + doc.toString({ lineWidth: 0 });
  }
  const doc = parseDocument(previous);
  patch(doc, [], doc.toJS() as unknown, fresh);
  return doc.toString({ lineWidth: 0 });
}

type Path = (string | number)[];

/** Makes the document's value at `path` equal to `want`, touching only what differs. */
function patch(doc: Document, path: Path, have: unknown, want: unknown): void {
  if (isPlainObject(have) && isPlainObject(want)) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(node)) {
      for (const key of Object.keys(have)) if (!(key in want)) doc.deleteIn([...path, key]);
      for (const [key, value] of Object.entries(want)) patch(doc, [...path, key], have[key], value);
      return;
    }
  }
  if (Array.isArray(have) && Array.isArray(want)) {
    const node = doc.getIn(path, true);
    if (isSeq(node) && want.length >= have.length) {
      have.forEach((h, i) => patch(doc, [...path, i], h, want[i]));
      for (const extra of want.slice(have.length)) node.add(doc.createNode(extra));
      return;
    }
  }
  if (JSON.stringify(have) === JSON.stringify(want)) return;
  doc.setIn(path, doc.createNode(want));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

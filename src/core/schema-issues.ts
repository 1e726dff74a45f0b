import type { z } from 'zod';
import { formatPath, issue, type Issue, type Path } from './findings.js';
import type { RuleId } from './rules.js';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turns zod's issues into attune's findings: one line each, naming the key, with the rule id
 * that fits (a typo'd key gets a suggestion, a bad weight gets `weight-positive`, and so on).
 */
export function schemaIssues(
  schema: AnySchema,
  issues: readonly ZodIssue[],
  data: unknown,
): Issue[] {
  const out: MappedIssue[] = [];
  for (const zi of issues) mapIssue(schema, zi, [], data, out);
  // A typo'd key also leaves the real key missing; the "did you mean" says it once.
  const meant = new Set(
    out.flatMap((i) =>
      i.rule === 'unknown-key' && i.hint ? [`${formatPath(i.path.slice(0, -1))}\0${i.hint}`] : [],
    ),
  );
  return out
    .filter(
      (i) => !(i.rule === 'missing-key' && meant.has(`${formatPath(i.path)}\0${i.missing ?? ''}`)),
    )
    .map(({ hint: _h, missing: _m, ...rest }) => rest);
}

interface MappedIssue extends Issue {
  hint?: string;
  missing?: string;
}

function mapIssue(
  schema: AnySchema,
  zi: ZodIssue,
  base: Path,
  data: unknown,
  out: MappedIssue[],
): void {
  const path: Path = [...base, ...(zi.path as (string | number)[])];
  const key = describeKey(path);
  if ((zi.code === 'invalid_type' || zi.code === 'invalid_union') && isMissing(data, path)) {
    const missing = String(path.at(-1));
    out.push({
      ...issue('missing-key', path.slice(0, -1), `missing required key "${missing}"`),
      missing,
    });
    return;
  }
  switch (zi.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path, data);
      for (const k of zi.keys) {
        const hint = suggest(k, allowed);
        const known =
          allowed.length > 0 && allowed.length <= 12
            ? `; expected one of ${allowed.join(', ')}`
            : '';
        out.push({
          ...issue(
            'unknown-key',
            [...path, k],
            `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : known}`,
            'key',
          ),
          ...(hint !== undefined && { hint }),
        });
      }
      return;
    }
    case 'invalid_union': {
      const best = bestBranch(zi.errors);
      if (best) {
        for (const sub of best) mapIssue(schema, sub, path, data, out);
        return;
      }
      const expected = zi.errors
        .map((branch) => branch.map(expectedOf).join(' or '))
        .filter(Boolean);
      out.push(
        issue(
          'wrong-type',
          path,
          `${key} should be ${unique(expected).join(' or ')}, not ${describeValue(at(data, path))}`,
        ),
      );
      return;
    }
    case 'invalid_type':
      out.push(
        issue(
          'wrong-type',
          path,
          `${key} should be ${expectedOf(zi)}, not ${describeValue(at(data, path))}`,
        ),
      );
      return;
    case 'invalid_value': {
      const last = path.at(-1);
      if (last === 'attune' && path.length === 1) {
        out.push(
          issue(
            'format-version',
            path,
            `attune: ${String(at(data, path))} is not supported; this version of attune reads format 1`,
          ),
        );
        return;
      }
      out.push(
        issue(
          'invalid-value',
          path,
          `${key} should be ${expectedOf(zi)}, not ${quoteValue(at(data, path))}`,
        ),
      );
      return;
    }
    case 'invalid_format': {
      const value = at(data, path);
      const kind = formatKind(path);
      const rule: RuleId =
        zi.format !== 'regex'
          ? 'invalid-value'
          : kind === 'id'
            ? 'id-format'
            : kind === 'language'
              ? 'language-tag'
              : 'invalid-value';
      out.push(
        issue(
          rule,
          path,
          `${quoteValue(value)} is not a valid ${kind}: ${customOr(zi.message, `expected ${zi.format}`)}`,
        ),
      );
      return;
    }
    case 'too_small':
    case 'too_big': {
      out.push(
        issue(sizeRule(path, zi.origin), path, `${key}: ${customOr(zi.message, sizeMessage(zi))}`),
      );
      return;
    }
    case 'invalid_key': {
      out.push(
        issue(
          'invalid-value',
          path,
          `${key}: ${customOr(zi.issues[0]?.message ?? '', 'invalid key')}`,
          'key',
        ),
      );
      return;
    }
    default:
      out.push(issue('invalid-value', path, `${key}: ${zi.message}`));
  }
}

/**
 * Among a union's branches, the one the author most likely meant: the one whose problems are
 * deeper than the union itself (the shape matched), with the fewest unknown keys.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestCost = Infinity;
  for (const branch of branches) {
    const matchedShape = branch.every((i) => i.path.length > 0 || i.code === 'unrecognized_keys');
    if (!matchedShape || branch.length === 0) continue;
    let cost = 0;
    for (const i of branch) cost += i.code === 'unrecognized_keys' ? 3 * i.keys.length : 1;
    if (cost < bestCost) {
      best = branch;
      bestCost = cost;
    }
  }
  return best;
}

function sizeRule(path: Path, origin: string): RuleId {
  const last = path.at(-1);
  if (last === 'weight') return 'weight-positive';
  if (last === 'below') return 'action-threshold';
  if (last === 'from') return 'stage-range';
  if (last === 'options' && origin === 'array') return 'scale-options';
  return 'invalid-value';
}

function sizeMessage(zi: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const bound = zi.code === 'too_small' ? zi.minimum : zi.maximum;
  const cmp =
    zi.code === 'too_small'
      ? zi.inclusive
        ? 'at least'
        : 'more than'
      : zi.inclusive
        ? 'at most'
        : 'less than';
  if (zi.origin === 'array') return `should have ${cmp} ${String(bound)} items`;
  if (zi.origin === 'string') return `should be ${cmp} ${String(bound)} characters long`;
  return `should be ${cmp} ${String(bound)}`;
}

const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized)/;
function customOr(message: string, fallback: string): string {
  return message && !ZOD_DEFAULT.test(message) ? message : fallback;
}

function expectedOf(zi: ZodIssue): string {
  if (zi.code === 'invalid_type') return WORDS[zi.expected] ?? zi.expected;
  if (zi.code === 'invalid_value')
    return zi.values.length === 1
      ? JSON.stringify(zi.values[0])
      : `one of ${zi.values.map((v) => String(v)).join(', ')}`;
  if (zi.code === 'invalid_union')
    return unique(zi.errors.map((b) => b.map(expectedOf).join(' or '))).join(' or ');
  return 'something else';
}

const WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
  record: 'a mapping of keys',
  null: 'empty',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isNaN(value)
        ? '.nan (not a number)'
        : Number.isFinite(value)
          ? 'a number'
          : 'infinity';
    case 'boolean':
      return `${String(value)} (true or false)`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function describeKey(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') {
      const index = path[i + 1];
      return typeof index === 'number' ? `item ${index + 1} of "${part}"` : `"${part}"`;
    }
  }
  return 'the file';
}

/** What kind of value a pattern checks, from where it sits. */
function formatKind(path: Path): 'id' | 'language' | 'version' | 'date and time' {
  const last = path.filter((p): p is string => typeof p === 'string').at(-1);
  if (last === 'language' || last === 'partialLanguages' || last === 'lang') return 'language';
  if (last === 'version') return 'version';
  if (last === 'started' || last === 'updated') return 'date and time';
  return 'id';
}

function quoteValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  if (typeof value === 'number') return String(value);
  return describeValue(value);
}

function at(data: unknown, path: Path): unknown {
  let cur = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, part) ? (cur as Record<string | number, unknown>)[part] : undefined;
  }
  return cur;
}

function isMissing(data: unknown, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = at(data, path.slice(0, -1));
  const last = path.at(-1);
  return (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    last !== undefined &&
    !Object.hasOwn(parent, last)
  );
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** The keys an object at `path` may have, found by walking the schema alongside the data. */
export function allowedKeysAt(schema: AnySchema, path: Path, data: unknown): string[] {
  let node: AnySchema | undefined = schema;
  let value: unknown = data;
  for (const part of path) {
    node = resolveObjectLike(node, value);
    if (!node) return [];
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') node = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === 'array') node = def.element as AnySchema;
    else if (def.type === 'record') node = def.valueType as AnySchema;
    else return [];
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[part]
        : undefined;
  }
  const obj = resolveObjectLike(node, value);
  if (!obj) return [];
  const def = obj._zod.def as unknown as Record<string, unknown>;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Unwraps optional/lazy schemas and picks the union member that best fits the value. */
function resolveObjectLike(node: AnySchema | undefined, value: unknown): AnySchema | undefined {
  for (let guard = 0; node && guard < 20; guard++) {
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
      node = def.innerType as AnySchema;
    else if (def.type === 'lazy') node = (def.getter as () => AnySchema)();
    else if (def.type === 'union') node = pickUnionMember(def.options as AnySchema[], value);
    else return node;
  }
  return node;
}

function pickUnionMember(options: AnySchema[], value: unknown): AnySchema | undefined {
  const present =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  let best: AnySchema | undefined;
  let bestScore = -1;
  for (const option of options) {
    const resolved = resolveObjectLike(option, value);
    if (!resolved) continue;
    const def = resolved._zod.def as unknown as Record<string, unknown>;
    let score = 0;
    if (def.type === 'object') {
      const keys = Object.keys(def.shape as object);
      score = 1 + present.filter((k) => keys.includes(k)).length;
    } else if (
      (def.type === 'array' && Array.isArray(value)) ||
      (def.type === 'record' && present.length > 0)
    ) {
      score = 1;
    }
    if (score > bestScore) {
      best = resolved;
      bestScore = score;
    }
  }
  return best;
}

/** The closest allowed word within a small edit distance, for "did you mean" hints. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? Infinity;
}

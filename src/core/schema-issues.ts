import type { z } from 'zod';
import { formatPath, issue, type Issue, type Path } from './findings.js';
import type { RuleId } from './rules.js';
import { own } from './own.js';
import { schemaRules, type SchemaRule } from './schema/rules-of.js';
import { suggester } from './suggest.js';

export { suggest } from './suggest.js';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turns zod's issues into attune's findings: one line each, naming the key, with the rule id
 * that the schema records beside the constraint broken (see `schema/rules-of.ts`), else the
 * general one for the kind of issue; a typo'd key gets a suggestion.
 */
export function schemaIssues(
  schema: AnySchema,
  issues: readonly ZodIssue[],
  data: unknown,
): Issue[] {
  const out: MappedIssue[] = [];
  for (const zi of issues) mapIssue(schema, zi, [], data, out);
  if (!out.some((i) => i.hint !== undefined || i.missing !== undefined)) return out;
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
      const known =
        allowed.length > 0 && allowed.length <= 12 ? `; expected one of ${allowed.join(', ')}` : '';
      const near = suggester(allowed);
      for (const k of zi.keys) {
        const hint = near(k);
        const found: MappedIssue = issue(
          'unknown-key',
          path.length === 0 ? [k] : [...path, k],
          `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : known}`,
          'key',
        );
        if (hint !== undefined) found.hint = hint;
        out.push(found);
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
      if (ruleAt(schema, path, 'invalid_value') === 'format-version') {
        out.push(
          issue(
            'format-version',
            path,
            `attune: ${quoteValue(at(data, path))} is not supported; this version of attune reads format 1`,
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
      const meta = metaAt(schema, path);
      const noun = meta.noun ?? (zi.format === 'url' ? 'web address' : 'value');
      out.push(
        issue(
          meta.invalid_format ?? 'invalid-value',
          path,
          `${quoteValue(value)} is not a valid ${noun}: ${customOr(zi.message, `expected ${zi.format}`)}`,
        ),
      );
      return;
    }
    case 'too_small':
    case 'too_big': {
      out.push(
        issue(
          ruleAt(schema, path, zi.code) ?? 'invalid-value',
          path,
          `${key}: ${customOr(zi.message, sizeMessage(zi))}`,
        ),
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
    if (def.type === 'object') node = own(def.shape as Record<string, AnySchema>, String(part));
    else if (def.type === 'array') node = def.element as AnySchema;
    else if (def.type === 'record') node = def.valueType as AnySchema;
    else return [];
    value = at(value, [part]);
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

/** The rules recorded beside the constraints at `path` (see `schema/rules-of.ts`). */
function metaAt(schema: AnySchema, path: Path): SchemaRule {
  const found: SchemaRule = {};
  for (const node of nodesAt(schema, path)) {
    const meta = schemaRules.get(node);
    if (meta)
      for (const [k, v] of Object.entries(meta)) (found as Record<string, unknown>)[k] ??= v;
  }
  return found;
}

function ruleAt(
  schema: AnySchema,
  path: Path,
  code: 'too_small' | 'too_big' | 'invalid_value',
): RuleId | undefined {
  return metaAt(schema, path)[code];
}

/**
 * Every schema that can sit at `path`: the way down through objects, lists and records, each
 * with its wrappers (optional, lazy, …) and, at a union, every member, as the value may be read
 * by any of them.
 */
function nodesAt(schema: AnySchema, path: Path): AnySchema[] {
  let current = unwrapped(schema);
  for (const part of path) {
    const next: AnySchema[] = [];
    for (const node of current) {
      const def = node._zod.def as unknown as Record<string, unknown>;
      if (def.type === 'object') {
        const child = own(def.shape as Record<string, AnySchema>, String(part));
        if (child) next.push(...unwrapped(child));
      } else if (def.type === 'array' && typeof part === 'number')
        next.push(...unwrapped(def.element as AnySchema));
      else if (def.type === 'record') next.push(...unwrapped(def.valueType as AnySchema));
    }
    current = next;
  }
  return current;
}

/** A schema with every wrapper it has, down to what it wraps, and every member of a union. */
function unwrapped(schema: AnySchema): AnySchema[] {
  const out: AnySchema[] = [];
  const todo = [schema];
  for (let node = todo.pop(); node; node = todo.pop()) {
    if (out.includes(node)) continue;
    out.push(node);
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
      todo.push(def.innerType as AnySchema);
    else if (def.type === 'lazy') todo.push((def.getter as () => AnySchema)());
    else if (def.type === 'union') todo.push(...(def.options as AnySchema[]));
  }
  return out;
}

import type { z } from 'zod';
import { finding, isError, settle, type Finding, type Issue } from '../core/findings.js';
import { jsonSyntaxError } from '../core/json-syntax.js';
import { schemaIssues } from '../core/schema-issues.js';
import {
  findingAt,
  parseYaml,
  withPositions,
  type ParsedYaml,
  type YamlSource,
} from './yaml-source.js';

/**
 * The one way attune checks a file, framework or answers: parse it, check its shape against the
 * schema, run its own rules, place every issue at its file, line and column, and give each
 * finding once, in order. Positions cost a second, slower parse, so issues wait until every check
 * has run, and only the files that have one are parsed for positions.
 */

/** Where an issue goes: a file and its line and column. */
export interface Placer {
  /** Makes `place` possible for these issues (parses for positions the files they need). */
  prepare(pending: readonly Pending[]): Promise<void>;
  place(pending: Pending): Finding;
}

export interface Pending {
  item: Issue;
  /** The document the issue's path starts from, where it is not the file's own data. */
  root?: object;
}

export class Checking {
  private readonly found: Finding[] = [];
  private readonly pending: Pending[] = [];

  constructor(private readonly placer: Placer) {}

  /** Findings that already have their place (from reading and parsing). */
  add(findings: Iterable<Finding>): void {
    for (const f of findings) this.found.push(f);
  }

  /** Issues to place once every check has run; `root` as in `Pending`. */
  issues(items: Iterable<Issue>, root?: object): void {
    for (const item of items) this.pending.push(root ? { item, root } : { item });
  }

  /**
   * The data as `schema`'s type where it has that shape; else its issues are kept. `quick`, where
   * given, says yes only where the schema would: a yes spares the schema's walk.
   */
  shape<T>(
    schema: z.ZodType<T>,
    data: unknown,
    root?: object,
    quick?: (data: unknown) => data is T,
  ): T | undefined {
    if (quick?.(data)) return data;
    const result = schema.safeParse(data);
    if (result.success) {
      // The input, not zod's copy: the same shape, and the objects origins are keyed on.
      return data as T;
    }
    this.issues(schemaIssues(schema, result.error.issues, data), root);
    return undefined;
  }

  /** Whether anything found so far is an error. */
  get failed(): boolean {
    return this.found.some(isError) || this.pending.some((p) => isError(p.item));
  }

  /** Every finding, placed, each once, in order. */
  async done(): Promise<Finding[]> {
    if (this.pending.length > 0) await this.placer.prepare(this.pending);
    return settle([...this.found, ...this.pending.map((p) => this.placer.place(p))]);
  }
}

/** A placer for issues in one file's own data. */
export function inSource(source: YamlSource): Placer {
  return {
    prepare: async () => {
      await withPositions(source);
    },
    place: ({ item }) => findingAt(source, item),
  };
}

export interface ParseAs {
  /**
   * `yaml`: YAML (which JSON also is); `json-first`: JSON.parse where the text looks like JSON,
   * ten times faster than a YAML parser, else YAML; `json`: JSON only (a line of a JSON Lines
   * file), reported where it stops being JSON.
   */
  as: 'yaml' | 'json-first' | 'json';
  /** Warn about values YAML 1.1 tools read differently (frameworks). */
  portability?: boolean;
  /** For JSON that is not a mapping: "the file is not a mapping of keys such as …". */
  keys: string;
}

/** The parse step: the data where the text is a mapping, with what was found reading it. */
export async function parseText(file: string, text: string, how: ParseAs): Promise<ParsedYaml> {
  const source: YamlSource = { file, text };
  const at = { file, line: 1, column: 1 };
  if (how.as === 'json' || (how.as === 'json-first' && /^\s*\{/.test(text))) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      if (how.as === 'json') {
        const error = jsonSyntaxError(text) ?? { offset: 0, message: 'not valid JSON' };
        const where = { ...at, column: error.offset + 1 };
        return {
          source,
          data: undefined,
          findings: [finding('json-syntax', where, error.message)],
        };
      }
    }
    if (data !== undefined) {
      if (data !== null && typeof data === 'object' && !Array.isArray(data))
        return { source: { ...source, json: true }, data, findings: [] };
      const what = how.as === 'json' ? 'line' : 'file';
      const message = `the ${what} is not a mapping of keys such as ${how.keys}`;
      return { source, data: undefined, findings: [finding('root-not-mapping', at, message)] };
    }
  }
  return parseYaml(file, text, how.portability ? { portability: true } : {});
}

import { CORE_SCHEMA, load } from 'js-yaml';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { finding, isError, type Finding, type Issue, type Path } from '../core/findings.js';
import type { RuleId } from '../core/rules.js';
import { oneLine } from '../core/sanitize.js';
import { mayHavePortabilityProblems, portabilityProblem } from '../core/rules/portability.js';

/**
 * A YAML file, read by js-yaml where it can be: it is fast, and the open and close events its
 * listener hears while it reads give the start of every key and value, so a finding is placed
 * at its line and column with no second parse. Anything unusual (anchors, tags, any error, a
 * shape the events do not follow one to one) is parsed by `yaml`, which keeps the position of
 * every node but is several times slower (bench/README.md). test/io/yaml-positions.test.ts holds
 * the two to the same line and column for every key and value.
 */
export interface YamlSource {
  file: string;
  text: string;
  /**
   * What js-yaml's listener heard while it read the file cleanly: positions then come from it,
   * with no second parse.
   */
  heard?: Heard;
  /** The text is JSON, read by JSON.parse: its positions come from a scan of its tokens. */
  json?: boolean;
  positions?: Positions;
}

/** The line and column of paths in one file, from either parser. */
type Positions =
  | {
      kind: 'yaml';
      doc: Document.Parsed;
      lineCounter: LineCounter;
      yaml: YamlModule;
      /** Each mapping's keys, indexed the first time a path goes through it. */
      keys: WeakMap<YAMLMap, Map<string, Pair>>;
    }
  | {
      kind: 'quick';
      heard: Heard;
      text: string;
      /** 1 where the text starts with a byte order mark, which js-yaml drops before counting. */
      shift: number;
      lineStarts: number[];
      /** Each mapping's keys (by node), each with its value's node, made when first used. */
      keys: Map<number, Map<string, number>>;
      /** Each list's items (by node), made when first used. */
      items: Map<number, number[]>;
    };

export interface ParsedYaml {
  source: YamlSource;
  /** The plain data, or undefined where the file has errors that make it unusable. */
  data: unknown;
  findings: Finding[];
}

/** Flow collections nested deeper than this are refused before either parser sees them. */
export const MAX_FLOW_DEPTH = 256;
/** The `yaml` library's guard against alias bombs. */
const MAX_ALIASES = 100;

type YamlModule = typeof Yaml;
let yamlModule: Promise<YamlModule> | undefined;
// Bundled, the CommonJS build of `yaml` arrives as the default export of the dynamic import.
const loadYaml = () =>
  (yamlModule ??= import('yaml').then((m) =>
    'LineCounter' in m ? m : (m as unknown as { default: YamlModule }).default,
  ));

function parseOptions(lineCounter: LineCounter) {
  return {
    lineCounter,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
    merge: false,
    // `yaml` compares each key with every key before it; `duplicateKeys` does it in one pass.
    uniqueKeys: false,
  } as const;
}

/**
 * Makes `locate` possible for this source, once. A file js-yaml read cleanly is indexed by
 * what its listener heard as it read, and JSON that JSON.parse read by a scan of its tokens;
 * either is several times quicker than `yaml` on a large file (a framework with 40,000 unknown keys: bench/README.md); anything the index
 * cannot follow (explicit keys, flow pairs, empty list entries) falls back to `yaml`.
 */
export async function withPositions(
  source: YamlSource,
  options: { careful?: boolean } = {},
): Promise<YamlSource> {
  const { text } = source;
  // JSON's tokens follow its data one to one; what js-yaml heard is used where it lines up.
  const json = source.json === true;
  const heard =
    source.positions || options.careful
      ? undefined
      : json
        ? jsonTokens(text)
        : (source.heard ?? fastLoad(text)?.heard);
  if (heard && (json || linesUp(heard))) {
    source.positions = {
      kind: 'quick',
      heard,
      text,
      shift: text.charCodeAt(0) === 0xfeff ? 1 : 0,
      lineStarts: lineStarts(text),
      keys: new Map(),
      items: new Map(),
    };
  }
  if (!source.positions) await yamlPositions(source);
  return source;
}

async function yamlPositions(source: YamlSource): Promise<YamlDoc> {
  if (source.positions?.kind !== 'yaml') {
    const yaml = await loadYaml();
    const lineCounter = new yaml.LineCounter();
    source.positions = {
      kind: 'yaml',
      doc: yaml.parseDocument(source.text, parseOptions(lineCounter)),
      lineCounter,
      yaml,
      keys: new WeakMap(),
    };
  }
  return source.positions;
}

type YamlDoc = Extract<Positions, { kind: 'yaml' }>;

/** One node as js-yaml's listener saw it: where it opened, what it became, what it holds. */
/**
 * js-yaml's `open` and `close` events, one entry per node in the order the nodes closed (so a
 * node's children come before it), kept as parallel arrays rather than an object per node: a file
 * with tens of thousands of keys makes hundreds of thousands of nodes.
 */
interface Heard {
  /** Where each node opened. */
  open: number[];
  /** The index of the first node that closed inside it (its own index where none did). */
  first: number[];
  result: unknown[];
  kind: (string | null)[];
}

/** Listens to js-yaml as it reads; `heard` gives what it heard, once the reading is done. */
function listening(): {
  listener: (event: 'open' | 'close', state: ListenedState) => void;
  heard: () => Heard | undefined;
} {
  const heard: Heard = { open: [], first: [], result: [], kind: [] };
  // For each node still open: where it opened, and how many nodes had closed by then.
  const stack: number[] = [];
  return {
    listener(event, state) {
      if (event === 'open') {
        stack.push(state.position, heard.open.length);
        return;
      }
      const first = stack.pop();
      const open = stack.pop();
      if (first === undefined || open === undefined) return;
      heard.open.push(open);
      heard.first.push(first);
      heard.result.push(state.result);
      heard.kind.push(state.kind);
    },
    heard: () => (stack.length === 0 && heard.open.length > 0 ? heard : undefined),
  };
}

interface ListenedState {
  position: number;
  result: unknown;
  kind: string | null;
}

/**
 * The nodes of a JSON text, as js-yaml's listener would have heard them (see Heard): each
 * string, number, literal, object and array, in the order they end, with where each begins; a
 * key's result is its text. The text has been read by JSON.parse already, so it is valid JSON;
 * anything unexpected gives undefined (and `yaml` is asked). Duplicate keys are kept, the first
 * of each found first, as `yaml` finds them. No recursion: nesting depth costs no stack.
 */
// What ends a number, true, false or null: white space, a comma, a colon, a closing bracket.
const ENDS_LITERAL = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x3a, 0x5d, 0x7d]);

function jsonTokens(text: string): Heard | undefined {
  const heard: Heard = { open: [], first: [], result: [], kind: [] };
  const add = (open: number, first: number, result: unknown, kind: string | null) => {
    heard.open.push(open);
    heard.first.push(first);
    heard.result.push(result);
    heard.kind.push(kind);
  };
  // For each open object or array: where it began, the nodes ended before it, and (for an
  // object) whether a key comes next.
  const opens: number[] = [];
  const befores: number[] = [];
  const objects: boolean[] = [];
  let keyNext = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      opens.push(i);
      befores.push(heard.open.length);
      objects.push(c === 0x7b);
      keyNext = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const open = opens.pop();
      const before = befores.pop();
      const isObject = objects.pop();
      if (open === undefined || before === undefined || isObject !== (c === 0x7d)) return undefined;
      // A result of its own, which no scalar can be (see unwrap).
      add(open, before, isObject ? {} : [], isObject ? 'mapping' : 'sequence');
      keyNext = false;
    } else if (c === 0x3a /* : */) keyNext = false;
    else if (c === 0x2c /* , */) keyNext = objects.at(-1) === true;
    else if (c === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        if (d === 0x5c /* \ */) {
          escaped = true;
          end++;
        } else if (d === 0x22) break;
      }
      if (end >= n) return undefined;
      const raw = text.slice(i, end + 1);
      const value = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      add(i, heard.open.length, keyNext ? value : undefined, 'scalar');
      i = end;
    } else {
      // A number, true, false or null: up to the next delimiter.
      let end = i + 1;
      while (end < n && !ENDS_LITERAL.has(text.charCodeAt(end))) end++;
      add(i, heard.open.length, undefined, 'scalar');
      i = end - 1;
    }
  }
  return opens.length === 0 && heard.open.length > 0 && heard.kind.at(-1) === 'mapping'
    ? heard
    : undefined;
}

/** The last node to close: the document's top level. */
const rootOf = (heard: Heard): number => heard.open.length - 1;

/** A node's children, first to last. */
function childrenOf(heard: Heard, node: number): number[] {
  const out: number[] = [];
  const first = heard.first[node] ?? node;
  for (let child = node - 1; child >= first; child = (heard.first[child] ?? child) - 1)
    out.push(child);
  return out.reverse();
}

/** The node a value is: js-yaml tries a value as a mapping key first, and the attempt wraps it. */
function unwrap(heard: Heard, node: number): number {
  let at = node;
  for (;;) {
    const child = at - 1;
    // Exactly one child: the one just before it, and it began where the node's first did.
    if (child < 0 || heard.first[child] !== heard.first[at] || child < (heard.first[at] ?? at))
      return at;
    if (!Object.is(heard.result[child], heard.result[at])) return at;
    at = child;
  }
}

/**
 * Whether the events line up with the data one to one: a key and a value for each entry of
 * every mapping, an item for each entry of every list. Explicit keys, flow pairs and empty list
 * entries can break this; `yaml` is then asked instead.
 */
function linesUp(heard: Heard): boolean {
  const { first } = heard;
  const stack = [rootOf(heard)];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const node = unwrap(heard, next);
    const result = heard.result[node];
    const kind = heard.kind[node];
    if (kind !== 'mapping' && kind !== 'sequence') continue;
    // The children, counted and then visited last to first, with no list made: the top level
    // of a file can hold tens of thousands.
    const start = first[node] ?? node;
    let count = 0;
    for (let child = node - 1; child >= start; child = (first[child] ?? child) - 1) count++;
    if (kind === 'mapping') {
      if (result === null || typeof result !== 'object') return false;
      if (count !== 2 * Object.keys(result).length) return false;
    } else if (!Array.isArray(result) || count !== result.length) return false;
    // In a mapping, every second child (from the second) is a value; in a list, every child.
    let i = count - 1;
    for (let child = node - 1; child >= start; child = (first[child] ?? child) - 1, i--)
      if (kind === 'sequence' || i % 2 === 1) stack.push(child);
  }
  return true;
}

/** The first character of content at or after `at`: past spaces, line breaks and comments. */
function contentStart(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else break;
  }
  return i;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** 1-based line and column of an offset, as `yaml`'s LineCounter gives them. */
function linePos(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * The fast path: js-yaml with YAML 1.2's core schema, as `yaml` reads it. It is refused (and
 * the careful path taken) for anything unusual: anchors (js-yaml does not count aliases), tags,
 * any error, and a top level that is not a mapping, so that every problem is reported by `yaml`
 * with its position.
 */
function fastLoad(text: string): { data: Record<string, unknown>; heard?: Heard } | undefined {
  if ((text.includes('&') || text.includes('!')) && /(?:^|[\s:,[{-])[&!][^\s,[\]{}]/.test(text)) {
    return undefined;
  }
  try {
    const { listener, heard: heardOf } = listening();
    const data: unknown = load(text, { schema: CORE_SCHEMA, json: false, listener });
    const heard = heardOf();
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { data: data as Record<string, unknown>, ...(heard && { heard }) }
      : undefined;
  } catch {
    return undefined;
  }
}

export interface ParseOptions {
  /** Warn about plain values that YAML 1.1 tools read differently (rule yaml-portability). */
  portability?: boolean;
}

export async function parseYaml(
  file: string,
  text: string,
  options: ParseOptions = {},
): Promise<ParsedYaml> {
  const source: YamlSource = { file, text };
  const findings: Finding[] = [];

  const deep = flowTooDeep(text, MAX_FLOW_DEPTH);
  if (deep >= 0) {
    // Neither parser is run on such input, so count lines by hand.
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const column = deep - before.lastIndexOf('\n');
    findings.push(
      finding(
        'yaml-too-deep',
        { file, line, column },
        `collections are nested more than ${MAX_FLOW_DEPTH} levels deep`,
      ),
    );
    return { source, data: undefined, findings };
  }

  if (options.portability && mayHavePortabilityProblems(text)) {
    const yaml = await loadYaml();
    const lineCounter = new yaml.LineCounter();
    lineCounter.addNewLine(0);
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1))
      lineCounter.addNewLine(nl + 1);
    for (const p of portabilityProblems(text, yaml)) {
      const { line, col } = lineCounter.linePos(p.offset);
      findings.push(finding('yaml-portability', { file, line, column: col }, p.message));
    }
  }

  const fast = fastLoad(text);
  if (fast) {
    if (fast.heard) source.heard = fast.heard;
    return { source, data: fast.data, findings };
  }

  const { doc, lineCounter } = await yamlPositions(source);
  const at = (rule: RuleId, offset: number, message: string): Finding => {
    const { line, col } = lineCounter.linePos(offset);
    return finding(rule, { file, line, column: col }, message);
  };
  for (const key of duplicateKeys(source.positions as YamlDoc)) {
    findings.push(
      at(
        'duplicate-key',
        key.range?.[0] ?? 0,
        `duplicate key "${oneLine(String(key.value), 80)}": each key may appear only once in a mapping`,
      ),
    );
  }
  // After the first syntax error, the rest are usually its echoes, so only the first is shown.
  const firstSyntax = doc.errors[0];
  if (firstSyntax)
    findings.push(
      at(
        yamlRule(firstSyntax.code),
        firstSyntax.pos[0],
        yamlMessage(firstSyntax.code, firstSyntax.message),
      ),
    );
  for (const w of doc.warnings) {
    findings.push(at('yaml-warning', w.pos[0], `${firstLine(w.message)} (read as plain text)`));
  }
  if (findings.some(isError)) return { source, data: undefined, findings };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? 'too many aliases: the file would expand far beyond its size (an alias bomb?)'
        : firstLine(error instanceof Error ? error.message : String(error));
    findings.push(
      at(
        error instanceof ReferenceError ? 'alias-limit' : 'yaml-syntax',
        doc.contents?.range[0] ?? 0,
        message,
      ),
    );
    return { source, data: undefined, findings };
  }
  if (data === null || data === undefined) {
    findings.push(at('file-empty', 0, 'the file is empty'));
    return { source, data: undefined, findings };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data)
      ? 'a list'
      : `a single ${typeof data === 'string' ? 'text' : typeof data}`;
    findings.push(
      at(
        'root-not-mapping',
        doc.contents?.range[0] ?? 0,
        `the file holds ${what}, but attune expects a mapping of keys such as attune, id and title`,
      ),
    );
    return { source, data: undefined, findings };
  }
  return { source, data, findings };
}

/**
 * Every plain value of the text that YAML 1.1 tools would read differently (see the rule
 * yaml-portability), found in the token stream of `yaml`'s parser, which keeps each value's
 * source and offset and needs no document built.
 */
function portabilityProblems(
  text: string,
  yaml: YamlModule,
): { offset: number; message: string }[] {
  const out: { offset: number; message: string }[] = [];
  type Token = Yaml.CST.Token;
  // Depth-first without recursion: a block nested thousands deep cannot exhaust the stack.
  const stack: { token: Token | null | undefined; flow: boolean; tagged: boolean }[] = [];
  for (const doc of new yaml.Parser().parse(text))
    if (doc.type === 'document') stack.push({ token: doc.value, flow: false, tagged: false });
  const hasTag = (tokens: readonly Yaml.CST.SourceToken[] | undefined) =>
    tokens?.some((t) => t.type === 'tag') ?? false;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { token, flow, tagged } = top;
    if (!token) continue;
    if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      const inFlow = flow || token.type === 'flow-collection';
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i] as Yaml.CST.CollectionItem;
        stack.push({ token: item.value, flow: inFlow, tagged: hasTag(item.sep) });
        stack.push({ token: item.key, flow: inFlow, tagged: hasTag(item.start) });
      }
      continue;
    }
    // A value given an explicit tag (!!str yes) is read as the tag says, in either version.
    if (token.type !== 'scalar' || tagged) continue;
    // A scalar yaml cannot read (`,Y` at the start of a line) is a syntax error, which the
    // parse reports with its place; it has no portability problem of its own.
    let value: string;
    try {
      value = yaml.CST.resolveAsScalar(token).value;
    } catch {
      continue;
    }
    const problem = portabilityProblem(token.source, flow, value);
    if (problem) out.push({ offset: token.offset + problem.at, message: problem.message });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Every key that repeats an earlier key of its mapping (compared as `yaml` compares them: by
 * value, for scalar keys), in one pass over the document, without recursion.
 */
function duplicateKeys({ doc, yaml }: YamlDoc): Yaml.Scalar[] {
  const out: Yaml.Scalar[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (yaml.isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (yaml.isScalar(pair.key)) {
          if (seen.has(pair.key.value)) out.push(pair.key);
          else seen.add(pair.key.value);
        } else stack.push(pair.key);
        stack.push(pair.value);
      }
    } else if (yaml.isSeq(node)) stack.push(...node.items);
    else if (yaml.isPair(node)) stack.push(node.key, node.value);
  }
  return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

function yamlRule(code: string): RuleId {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'tab-indentation';
    case 'MULTIPLE_DOCS':
      return 'multiple-documents';
    case 'RESOURCE_EXHAUSTION':
      return 'yaml-too-deep';
    default:
      return 'yaml-syntax';
  }
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a second ---); attune reads one';
    case 'RESOURCE_EXHAUSTION':
      return 'collections are nested too deeply to read';
    default:
      return firstLine(message).replace(/ at line \d+, column \d+.*$/, '');
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Where flow collections (`[`, `{`) nest deeper than `limit`, the offset of the opening bracket;
 * otherwise -1. It counts only brackets where YAML could start a collection, and skips quoted
 * text and comments, so ordinary prose with brackets does not count.
 */
export function flowTooDeep(text: string, limit: number): number {
  // Most files hold fewer brackets than the limit in all; counting them is cheap.
  let brackets = 0;
  for (const bracket of ['[', '{']) {
    for (
      let i = text.indexOf(bracket);
      i >= 0 && brackets <= limit;
      i = text.indexOf(bracket, i + 1)
    )
      brackets++;
  }
  if (brackets <= limit) return -1;
  let depth = 0;
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
      continue;
    }
    const valueStart =
      prev === '\n' ||
      prev === '[' ||
      prev === '{' ||
      prev === ',' ||
      prev === ':' ||
      prev === '-' ||
      prev === '?';
    if ((c === '"' || c === "'") && valueStart) {
      // Skip the quoted scalar.
      for (i++; i < text.length; i++) {
        const d = text[i];
        if (c === '"' && d === '\\') i++;
        else if (d === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      prev = c;
      continue;
    }
    if ((c === '[' || c === '{') && valueStart) {
      depth++;
      if (depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    if (c === '\n') prev = '\n';
    else if (c !== ' ' && c !== '\t' && c !== '\r') prev = c ?? prev;
  }
  return -1;
}

/**
 * The position of `path` in the file: the key itself for `target: 'key'`, else the value.
 * Where the path does not exist (a missing key), the deepest node that does.
 */
export function locate(
  source: YamlSource,
  path: Path,
  target: 'key' | 'value',
): { line: number; column: number; exact: boolean; depth: number } {
  const positions = source.positions;
  if (!positions) throw new Error(`locate before withPositions: ${source.file}`);
  return positions.kind === 'quick'
    ? locateQuick(positions, path, target)
    : locateYaml(positions, path, target);
}

function locateQuick(
  positions: Extract<Positions, { kind: 'quick' }>,
  path: Path,
  target: 'key' | 'value',
): { line: number; column: number; exact: boolean; depth: number } {
  const { heard, text, shift, lineStarts: starts } = positions;
  // The node reached so far; its content's start is looked for only once it is the answer.
  let node = unwrap(heard, rootOf(heard));
  let depth = 0;
  const result = (exact: boolean, offset?: number) => {
    const at = offset ?? contentStart(text, (heard.open[node] ?? 0) + shift);
    const { line, col } = linePos(starts, at);
    return { line, column: col, exact, depth };
  };
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    let next: number | undefined;
    if (heard.kind[node] === 'mapping') {
      next = quickKeys(positions, node).get(String(part));
      if (next === undefined) return result(false);
      if (i === path.length - 1 && target === 'key') {
        depth = i + 1;
        // A value's key is the node that closed just before the value opened.
        return result(true, (heard.open[(heard.first[next] ?? next) - 1] ?? 0) + shift);
      }
    } else if (heard.kind[node] === 'sequence' && typeof part === 'number') {
      next = quickItems(positions, node)[part];
    }
    if (next === undefined) return result(false);
    node = unwrap(heard, next);
    depth = i + 1;
  }
  return result(true);
}

/** A list's items, made when first used: a long list with a finding in each is walked once. */
function quickItems(
  { heard, items }: Extract<Positions, { kind: 'quick' }>,
  node: number,
): number[] {
  let list = items.get(node);
  if (!list) {
    list = childrenOf(heard, node);
    items.set(node, list);
  }
  return list;
}

/**
 * A mapping's keys (scalar keys only, as `yaml`'s index has them), the first of each, each with
 * its value's node (the key's is the node just before the value's first).
 */
function quickKeys(
  { heard, keys }: Extract<Positions, { kind: 'quick' }>,
  node: number,
): Map<string, number> {
  let index = keys.get(node);
  if (!index) {
    index = new Map();
    const children = childrenOf(heard, node);
    for (let i = 0; i < children.length; i += 2) {
      const key = heard.result[children[i] as number];
      if (key !== null && typeof key === 'object') continue;
      const name = String(key);
      if (!index.has(name)) index.set(name, children[i + 1] as number);
    }
    keys.set(node, index);
  }
  return index;
}

function locateYaml(
  positions: YamlDoc,
  path: Path,
  target: 'key' | 'value',
): { line: number; column: number; exact: boolean; depth: number } {
  const { doc, lineCounter, yaml } = positions;
  const { isAlias, isMap, isSeq } = yaml;
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  let depth = 0;
  const result = (exact: boolean) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, exact, depth };
  };
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    if (node && isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = keysOf(positions, node).get(String(part));
      if (!pair) return result(false);
      const key = pair.key as Node;
      const last = i === path.length - 1;
      if ((last && target === 'key') || pair.value === null || pair.value === undefined) {
        offset = key.range?.[0] ?? offset;
        depth = i + 1;
        return result(last);
      }
      node = pair.value as Node;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) return result(false);
      node = item;
    } else {
      return result(false);
    }
    offset = node.range?.[0] ?? offset;
    depth = i + 1;
  }
  return result(true);
}

/** A mapping's keys as text, the first of each: looked up once per step of every path. */
function keysOf({ keys, yaml }: YamlDoc, map: YAMLMap): Map<string, Pair> {
  let index = keys.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!yaml.isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (!index.has(key)) index.set(key, pair);
    }
    keys.set(map, index);
  }
  return index;
}

/** An issue found in this file's own data, with its position. */
export function findingAt(source: YamlSource, item: Issue, path: Path = item.path): Finding {
  const { line, column } = locate(source, path, item.target);
  return finding(item.rule, { file: source.file, line, column }, item.message, item.path);
}

import { CORE_SCHEMA, load } from 'js-yaml';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { formatPath, type Finding, type Issue, type Path } from '../core/findings.js';
import { RULES, type RuleId } from '../core/rules.js';

/**
 * A YAML file, read twice at most: first by js-yaml, which is fast but keeps no positions,
 * then, only where something must be reported, by `yaml`, which keeps the line and column of
 * every node. Measured on the bundled 70 KB framework from a cold start: about 30 ms against
 * 180 ms (bench/README.md), so a clean file never pays for positions.
 */
export interface YamlSource {
  file: string;
  text: string;
  positions?: { doc: Document.Parsed; lineCounter: LineCounter; yaml: YamlModule };
}

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
    uniqueKeys: true,
  } as const;
}

/** Makes `locate` possible for this source: parses it with positions, once. */
export async function withPositions(source: YamlSource): Promise<YamlSource> {
  if (!source.positions) {
    const yaml = await loadYaml();
    const lineCounter = new yaml.LineCounter();
    source.positions = {
      doc: yaml.parseDocument(source.text, parseOptions(lineCounter)),
      lineCounter,
      yaml,
    };
  }
  return source;
}

/**
 * The fast path: js-yaml with YAML 1.2's core schema, as `yaml` reads it. It is refused (and
 * the careful path taken) for anything unusual: anchors (js-yaml does not count aliases), tags,
 * any error, and a top level that is not a mapping, so that every problem is reported by `yaml`
 * with its position.
 */
function fastLoad(text: string): Record<string, unknown> | undefined {
  if ((text.includes('&') || text.includes('!')) && /(?:^|[\s:,[{-])[&!][^\s,[\]{}]/.test(text)) {
    return undefined;
  }
  try {
    const data = load(text, { schema: CORE_SCHEMA, json: false });
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function parseYaml(file: string, text: string): Promise<ParsedYaml> {
  const source: YamlSource = { file, text };
  const findings: Finding[] = [];

  const deep = flowTooDeep(text, MAX_FLOW_DEPTH);
  if (deep >= 0) {
    // Neither parser is run on such input, so count lines by hand.
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const column = deep - before.lastIndexOf('\n');
    findings.push({
      rule: 'yaml-too-deep',
      severity: 'error',
      message: `collections are nested more than ${MAX_FLOW_DEPTH} levels deep`,
      file,
      line,
      column,
      path: '',
    });
    return { source, data: undefined, findings };
  }

  const fast = fastLoad(text);
  if (fast) return { source, data: fast, findings };

  await withPositions(source);
  const { doc, lineCounter } = source.positions as NonNullable<YamlSource['positions']>;
  const at = (rule: RuleId, offset: number, message: string): Finding => {
    const { line, col } = lineCounter.linePos(offset);
    return { rule, severity: RULES[rule].severity, message, file, line, column: col, path: '' };
  };
  // Every duplicate key is its own mistake; after the first syntax error, the rest are usually
  // its echoes, so only the first is shown.
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const e of doc.errors) {
    if (e.code === 'DUPLICATE_KEY' || e === firstSyntax) {
      findings.push(at(yamlRule(e.code), e.pos[0], yamlMessage(e.code, e.message, text, e.pos)));
    }
  }
  for (const w of doc.warnings) {
    findings.push(at('yaml-warning', w.pos[0], `${firstLine(w.message)} (read as plain text)`));
  }
  if (doc.errors.length > 0) return { source, data: undefined, findings };

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

function yamlRule(code: string): RuleId {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate-key';
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

function yamlMessage(code: string, message: string, text: string, pos: [number, number]): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(pos[0], pos[0] + 200))?.[0].trim();
      return `duplicate key "${key}": each key may appear only once in a mapping`;
    }
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
  if (!source.positions) throw new Error(`locate before withPositions: ${source.file}`);
  const { doc, lineCounter, yaml } = source.positions;
  const { isAlias, isMap, isScalar, isSeq } = yaml;
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
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
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

/** An issue found in this file's own data, with its position. */
export function findingAt(source: YamlSource, item: Issue, path: Path = item.path): Finding {
  const { line, column } = locate(source, path, item.target);
  return {
    rule: item.rule,
    severity: item.severity,
    message: item.message,
    file: source.file,
    line,
    column,
    path: formatPath(item.path),
  };
}

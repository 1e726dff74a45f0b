import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { checkFramework } from '../core/check-framework.js';
import { InputError } from '../core/errors.js';
import { extendFramework } from '../core/extend.js';
import {
  compareFindings,
  formatPath,
  issue,
  type Finding,
  type Issue,
  type Path,
} from '../core/findings.js';
import { normalise, type Framework } from '../core/framework.js';
import { locateOrigin, type Origins } from '../core/origins.js';
import {
  frameworkSchema,
  overlaySchema,
  type FrameworkDoc,
  type OverlayDoc,
} from '../core/schema/framework.js';
import { schemaIssues } from '../core/schema-issues.js';
import { findFrameworkById } from './catalog.js';
import { decodeText, MB, readText, textProblemFinding, type TextResult } from './read-text.js';
import { shownPath } from './shown-path.js';
import { findingAt, locate, parseYaml, withPositions, type YamlSource } from './yaml-source.js';

export const FRAMEWORK_SIZE_LIMIT = 5 * MB;
const MAX_EXTENDS_DEPTH = 16;

interface Pending {
  item: Issue;
  /** The (merged) framework the issue's path is in; absent where `item.file` names the file. */
  root?: object;
}

export interface LoadedFramework {
  /** The file as shown in messages. */
  file: string;
  /** Everything found, in this file and in the frameworks it extends, sorted. */
  findings: Finding[];
  /** The merged document, where it has no errors. */
  doc?: FrameworkDoc;
  /** The framework ready to use, where it has no errors. */
  framework?: Framework;
}

/**
 * Loads framework files with their positions, follows `extends`, merges, and validates the
 * result as a whole. One loader caches what it has read, so a folder in which several
 * frameworks extend one parent reads the parent once.
 */
export class FrameworkLoader {
  private readonly cache = new Map<string, Promise<LoadedFramework>>();
  private readonly sources = new Map<string, YamlSource>();
  private readonly origins: Origins = new WeakMap();

  /**
   * `held`: framework texts that are not (or not yet) on disk, by absolute path, read in place
   * of any file there (an editor's unsaved text; `validateFramework` in the API).
   */
  constructor(
    private readonly cwd: string = process.cwd(),
    private readonly held: ReadonlyMap<string, string> = new Map(),
  ) {}

  display(abs: string): string {
    return shownPath(this.cwd, abs);
  }

  /** Loads a file; `shown` is how to name it in findings (as the user typed it). */
  load(file: string, shown?: string): Promise<LoadedFramework> {
    return this.loadChain(resolve(this.cwd, file), [], shown);
  }

  private loadChain(
    abs: string,
    chain: readonly string[],
    shown?: string,
  ): Promise<LoadedFramework> {
    let pending = this.cache.get(abs);
    if (!pending) {
      pending = this.read(abs, chain, shown ?? this.display(abs));
      this.cache.set(abs, pending);
    }
    return pending;
  }

  private async read(
    abs: string,
    chain: readonly string[],
    file: string,
  ): Promise<LoadedFramework> {
    const heldText = this.held.get(abs);
    const text =
      heldText === undefined
        ? await readText(abs, FRAMEWORK_SIZE_LIMIT, file)
        : checkedText(heldText, FRAMEWORK_SIZE_LIMIT);
    if (!text.ok) {
      const finding = textProblemFinding(text.problem, file, 'framework files');
      return { file, findings: [finding] };
    }
    const parsed = await parseYaml(file, text.text);
    this.sources.set(file, parsed.source);
    if (parsed.data === undefined) return this.finish(file, parsed.findings, []);
    const data = parsed.data as Record<string, unknown>;
    /** Issues found, placed in files once every check has run (positions cost a second parse). */
    const pending: Pending[] = [];
    const here = (i: Issue) => pending.push({ item: { ...i, file } });

    if (!Object.hasOwn(data, 'extends')) {
      const result = frameworkSchema.safeParse(data);
      if (!result.success) {
        schemaIssues(frameworkSchema, result.error.issues, data).forEach(here);
        return this.finish(file, parsed.findings, pending);
      }
      // The input, not zod's copy: it is the same shape, and origins are keyed on its objects.
      const doc = data as FrameworkDoc;
      this.origins.set(doc, [{ file, path: [] }]);
      if (doc.remove) {
        here(
          issue(
            'remove-without-extends',
            ['remove'],
            '`remove` only works with `extends`: there is nothing inherited to remove',
            'key',
          ),
        );
      }
      for (const item of checkFramework(doc)) pending.push({ item, root: doc });
      return this.finish(file, parsed.findings, pending, doc);
    }

    const result = overlaySchema.safeParse(data);
    if (!result.success) {
      schemaIssues(overlaySchema, result.error.issues, data).forEach(here);
      return this.finish(file, parsed.findings, pending);
    }
    const overlay = data as OverlayDoc;
    const ref = overlay.extends ?? '';
    const parentAbs = this.resolveExtends(ref, dirname(resolve(this.cwd, abs)));
    if (!parentAbs) {
      const why = looksLikePath(ref)
        ? 'no such file'
        : 'no bundled framework and no file in ./frameworks has that id';
      here(
        issue(
          'extends-unresolved',
          ['extends'],
          `cannot find framework "${ref}" to extend: ${why}`,
        ),
      );
      return this.finish(file, parsed.findings, pending);
    }
    const loop = [...chain, abs];
    if (loop.includes(parentAbs)) {
      const names = [...loop.slice(loop.indexOf(parentAbs)), parentAbs].map((p) => this.display(p));
      here(
        issue(
          'extends-cycle',
          ['extends'],
          `frameworks extend each other in a circle: ${names.join(' → ')}`,
        ),
      );
      return this.finish(file, parsed.findings, pending);
    }
    if (loop.length > MAX_EXTENDS_DEPTH) {
      here(
        issue(
          'extends-cycle',
          ['extends'],
          `more than ${MAX_EXTENDS_DEPTH} frameworks extend one another; attune stops there`,
        ),
      );
      return this.finish(file, parsed.findings, pending);
    }
    const parent = await this.loadChain(parentAbs, loop);
    if (!parent.doc) {
      const errors = parent.findings.filter((f) => f.severity === 'error').length;
      here(
        issue(
          'extends-invalid',
          ['extends'],
          `"${ref}" (${parent.file}) has ${errors} error${errors === 1 ? '' : 's'} of its own, listed under that file`,
        ),
      );
      return this.finish(file, [...parsed.findings, ...parent.findings], pending);
    }

    const merged = extendFramework(parent.doc, overlay, file, this.origins);
    for (const item of merged.issues) pending.push({ item, root: merged.merged });
    const whole = frameworkSchema.safeParse(merged.merged);
    if (!whole.success) {
      for (const item of schemaIssues(frameworkSchema, whole.error.issues, merged.merged))
        pending.push({ item, root: merged.merged });
      return this.finish(file, parsed.findings, pending);
    }
    const doc = merged.merged as FrameworkDoc;
    for (const item of checkFramework(doc, { removed: merged.removed, file }))
      pending.push({ item, root: doc });
    return this.finish(file, parsed.findings, pending, doc);
  }

  /** Places the pending issues (parsing for positions only the files that need it) and ends. */
  private async finish(
    file: string,
    found: readonly Finding[],
    pending: readonly Pending[],
    doc?: FrameworkDoc,
  ): Promise<LoadedFramework> {
    const files = new Set<string>();
    for (const p of pending) {
      if (p.item.file !== undefined) files.add(p.item.file);
      else
        for (const o of locateOrigin(p.root, this.origins, p.item.path)?.origins ?? [])
          files.add(o.file);
    }
    await Promise.all(
      [...files]
        .map((f) => this.sources.get(f))
        .filter((s) => s !== undefined)
        .map(withPositions),
    );
    return done(file, [...found, ...pending.map((p) => this.place(p.root, p.item))], doc);
  }

  /** Turns an issue into a finding in the file that holds what it is about. */
  private place(root: object | undefined, item: Issue): Finding {
    if (item.file !== undefined) {
      const source = this.sources.get(item.file);
      if (source) return findingAt(source, item);
    }
    const found = locateOrigin(root, this.origins, item.path);
    let best: Finding | undefined;
    let bestDepth = -1;
    for (const origin of found?.origins ?? []) {
      const source = this.sources.get(origin.file);
      if (!source) continue;
      const path: Path = [...origin.path, ...(found?.rest ?? [])];
      const pos = locate(source, path, item.target);
      const finding: Finding = {
        rule: item.rule,
        severity: item.severity,
        message: item.message,
        file: origin.file,
        line: pos.line,
        column: pos.column,
        path: formatPath(path),
      };
      if (pos.exact) return finding;
      if (pos.depth - origin.path.length > bestDepth) {
        best = finding;
        bestDepth = pos.depth - origin.path.length;
      }
    }
    return (
      best ?? {
        rule: item.rule,
        severity: item.severity,
        message: item.message,
        file: found?.origins[0]?.file ?? '',
        line: 1,
        column: 1,
        path: formatPath(item.path),
      }
    );
  }

  /** `extends`: a path relative to the extending file, or an id (bundled, then ./frameworks). */
  private resolveExtends(ref: string, fromDir: string): string | undefined {
    if (looksLikePath(ref)) {
      const abs = resolve(fromDir, ref);
      return this.held.has(abs) || existsSync(abs) ? abs : undefined;
    }
    return findFrameworkById(ref, this.cwd)?.file;
  }

  /** Loads a framework for use by a command: an id or a path; errors end the command. */
  async require(ref: string): Promise<Framework> {
    const file = resolveFrameworkRef(ref, this.cwd);
    const loaded = await this.load(file);
    if (!loaded.framework) {
      const first = loaded.findings.find((f) => f.severity === 'error');
      const more = loaded.findings.filter((f) => f.severity === 'error').length - 1;
      throw new InputError(
        `${loaded.file}: the framework is not valid${first ? `: ${first.file}:${first.line}:${first.column} ${first.message}` : ''}${more > 0 ? ` (and ${more} more; run attune validate ${loaded.file})` : ''}`,
      );
    }
    const framework = loaded.framework;
    framework.file = resolve(this.cwd, file);
    return framework;
  }

  /** Loads a framework named on the command line: an id (bundled, then ./frameworks) or a path. */
  loadRef(ref: string): Promise<LoadedFramework> {
    const file = resolveFrameworkRef(ref, this.cwd);
    return this.load(file, isPathRef(ref, this.cwd) ? ref : undefined);
  }
}

/** Text held in memory, held to what a file is: within the size limit, and text at all. */
function checkedText(text: string, limit: number): TextResult {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > limit)
    return { ok: false, problem: { kind: 'too-large', bytes: bytes.length, limit } };
  return decodeText(bytes);
}

function done(file: string, findings: Finding[], doc?: FrameworkDoc): LoadedFramework {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort(compareFindings);
  const ok = doc !== undefined && !unique.some((f) => f.severity === 'error');
  if (!ok) return { file, findings: unique };
  // Built when first asked for: `validate` never needs it.
  let framework: Framework | undefined;
  return {
    file,
    findings: unique,
    doc,
    get framework() {
      return (framework ??= normalise(doc));
    },
  };
}

export function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes(sep) || /\.(ya?ml|json)$/i.test(ref);
}

/** Whether a framework named on the command line is a path (else it is an id). */
export function isPathRef(ref: string, cwd: string): boolean {
  return looksLikePath(ref) || existsSync(join(cwd, ref));
}

/** A framework named on the command line: an existing path, or an id. */
export function resolveFrameworkRef(ref: string, cwd: string): string {
  const asPath = resolve(cwd, ref);
  if (isPathRef(ref, cwd)) {
    if (!existsSync(asPath)) throw new InputError(`${ref}: no such framework file`);
    return asPath;
  }
  const found = findFrameworkById(ref, cwd);
  if (!found)
    throw new InputError(
      `no framework with id "${ref}"; run attune list to see the frameworks there are`,
    );
  return found.file;
}

import { dirname, resolve, sep } from 'node:path';
import { checkFramework } from '../core/check-framework.js';
import { InputError, NotARegularFile } from '../core/errors.js';
import { extendFramework } from '../core/extend.js';
import { countFindings, finding, isError, type Finding, type Path } from '../core/findings.js';
import { normalise, type Framework } from '../core/framework.js';
import { locateOrigin, type Origins } from '../core/origins.js';
import { extendsIssue, type ExtendsLookup } from '../core/rules/extends.js';
import { frameworkSchema, overlaySchema, type FrameworkDoc } from '../core/schema/framework.js';
import { Checking, parseText, type Pending, type Placer } from './check-pipeline.js';
import { diskFiles, type FrameworkFiles } from './framework-files.js';
import { textProblemFinding } from './read-text.js';
import { shownPath } from './shown-path.js';
import { findingAt, locate, withPositions, type YamlSource } from './yaml-source.js';

export { FRAMEWORK_SIZE_LIMIT } from './framework-files.js';

const MAX_EXTENDS_DEPTH = 16;

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
  /** Each file that extends another, and the file it extends (absolute paths). */
  private readonly parents = new Map<string, string>();
  private readonly files: FrameworkFiles;

  constructor(
    private readonly cwd: string = process.cwd(),
    files?: FrameworkFiles,
  ) {
    this.files = files ?? diskFiles(cwd);
  }

  display(abs: string): string {
    return shownPath(this.cwd, abs);
  }

  /**
   * The files a framework loaded from `abs` was made from: its own first, then the one it
   * extends, and so on (for the report's provenance).
   */
  chainOf(abs: string): string[] {
    const chain = [abs];
    for (let next = this.parents.get(abs); next !== undefined; next = this.parents.get(next)) {
      if (chain.includes(next)) break;
      chain.push(next);
    }
    return chain;
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

  /** The checking pipeline for one framework file (see check-pipeline.ts). */
  private async read(
    abs: string,
    chain: readonly string[],
    file: string,
  ): Promise<LoadedFramework> {
    const text = await this.files.read(abs, file);
    if (!text.ok)
      return { file, findings: [textProblemFinding(text.problem, file, 'framework files')] };
    const parsed = await parseText(file, text.text, {
      as: 'yaml',
      portability: true,
      keys: 'attune, id and title',
    });
    this.sources.set(file, parsed.source);
    const check = new Checking(this.placer(file));
    check.add(parsed.findings);
    const data = parsed.data as Record<string, unknown> | undefined;
    if (data === undefined) return done(file, await check.done());

    if (!Object.hasOwn(data, 'extends')) {
      const doc = check.shape(frameworkSchema, data);
      if (!doc) return done(file, await check.done());
      this.origins.set(doc, [{ file, path: [] }]);
      check.issues(checkFramework(doc), doc);
      return done(file, await check.done(), doc);
    }

    const overlay = check.shape(overlaySchema, data);
    if (!overlay) return done(file, await check.done());
    const ref = overlay.extends ?? '';
    const { lookup, parent } = await this.parentOf(ref, abs, chain).catch(
      async (error: unknown) => {
        // A device, a FIFO or a socket is refused outright, as it is wherever else it is named,
        // but at the place in this file that named it.
        if (!(error instanceof NotARegularFile)) throw error;
        const source = await withPositions(parsed.source);
        const { line, column } = locate(source, ['extends'], 'value');
        throw new NotARegularFile(`${file}:${line}:${column}: extends: ${error.message}`, {
          cause: error,
        });
      },
    );
    const problem = extendsIssue(ref, lookup);
    if (problem) check.issues([{ ...problem, file }]);
    if (!parent?.doc) {
      if (parent) check.add(parent.findings);
      return done(file, await check.done());
    }
    const merged = extendFramework(parent.doc, overlay, file, this.origins);
    check.issues(merged.issues, merged.merged);
    const doc = check.shape(frameworkSchema, merged.merged, merged.merged);
    if (doc) check.issues(checkFramework(doc, { removed: merged.removed, file }), doc);
    return done(file, await check.done(), doc);
  }

  /** The framework `extends` names, loaded, or what stands in the way. */
  private async parentOf(
    ref: string,
    abs: string,
    chain: readonly string[],
  ): Promise<{ lookup: ExtendsLookup; parent?: LoadedFramework }> {
    const byPath = looksLikePath(ref);
    const parentAbs = byPath ? resolve(dirname(abs), ref) : this.files.byId(ref);
    if (parentAbs === undefined) return { lookup: { found: 'nothing', byPath } };
    const kind = this.files.kind(parentAbs);
    if (kind === 'missing') return { lookup: { found: 'nothing', byPath } };
    if (kind === 'folder') return { lookup: { found: 'folder' } };
    const loop = [...chain, abs];
    if (loop.includes(parentAbs)) {
      const names = [...loop.slice(loop.indexOf(parentAbs)), parentAbs].map((p) => this.display(p));
      return { lookup: { found: 'cycle', names } };
    }
    if (loop.length > MAX_EXTENDS_DEPTH)
      return { lookup: { found: 'too-deep', limit: MAX_EXTENDS_DEPTH } };
    let parent: LoadedFramework;
    try {
      parent = await this.loadChain(parentAbs, loop);
    } catch (error) {
      // A parent that cannot be read is this file's problem, not the end of the whole run;
      // one that is not a regular file at all is refused (see read()).
      if (!(error instanceof InputError) || error instanceof NotARegularFile) throw error;
      return { lookup: { found: 'unreadable', why: error.message } };
    }
    if (parent.doc) {
      this.parents.set(abs, parentAbs);
      return { lookup: { found: 'file' }, parent };
    }
    const { errors } = countFindings(parent.findings);
    return { lookup: { found: 'invalid', file: parent.file, errors }, parent };
  }

  /**
   * Places issues in the file that holds what they are about: an issue's own file where it
   * names one, else, through the origins of the merged framework, the tailored file or the one
   * it extends, wherever the element was last given.
   */
  private placer(file: string): Placer {
    return {
      prepare: async (pending: readonly Pending[]) => {
        const files = new Set<string>();
        for (const { item, root } of pending) {
          if (!root) files.add(item.file ?? file);
          else
            for (const o of locateOrigin(root, this.origins, item.path)?.origins ?? [])
              files.add(o.file);
        }
        await Promise.all(
          [...files]
            .map((f) => this.sources.get(f))
            .filter((s) => s !== undefined)
            .map((s) => withPositions(s)),
        );
      },
      place: ({ item, root }) => {
        if (!root) {
          const source = this.sources.get(item.file ?? file);
          if (source) return findingAt(source, item);
        }
        return this.placeInOrigins(root, item, file);
      },
    };
  }

  private placeInOrigins(root: object | undefined, item: Pending['item'], file: string): Finding {
    const found = locateOrigin(root, this.origins, item.path);
    let best: Finding | undefined;
    let bestDepth = -1;
    for (const origin of found?.origins ?? []) {
      const source = this.sources.get(origin.file);
      if (!source) continue;
      const path: Path = [...origin.path, ...(found?.rest ?? [])];
      const pos = locate(source, path, item.target);
      const placed = finding(item.rule, { file: origin.file, ...pos }, item.message, path);
      if (pos.exact) return placed;
      if (pos.depth - origin.path.length > bestDepth) {
        best = placed;
        bestDepth = pos.depth - origin.path.length;
      }
    }
    return (
      best ??
      finding(
        item.rule,
        { file: found?.origins[0]?.file ?? file, line: 1, column: 1 },
        item.message,
        item.path,
      )
    );
  }

  /** Loads a framework for use by a command: an id or a path; errors end the command. */
  async require(ref: string): Promise<Framework> {
    const file = this.resolveRef(ref);
    const loaded = await this.load(file);
    if (!loaded.framework) {
      const first = loaded.findings.find(isError);
      const more = countFindings(loaded.findings).errors - 1;
      throw new InputError(
        `${loaded.file}: the framework is not valid${first ? `: ${first.file}:${first.line}:${first.column} ${first.message}` : ''}${more > 0 ? ` (and ${more} more; run attune validate ${loaded.file})` : ''}`,
      );
    }
    const framework = loaded.framework;
    framework.file = resolve(this.cwd, file);
    framework.chain = this.chainOf(framework.file);
    if (loaded.doc) documents.set(framework, loaded.doc);
    return framework;
  }

  /** Loads a framework named on the command line: an id (bundled, then ./frameworks) or a path. */
  loadRef(ref: string): Promise<LoadedFramework> {
    const file = this.resolveRef(ref);
    return this.load(file, isPathRef(ref, this.cwd, this.files) ? ref : undefined);
  }

  private resolveRef(ref: string): string {
    return resolveFrameworkRef(ref, this.cwd, this.files);
  }
}

/** The checked document each framework `require` gave out was made from. */
const documents = new WeakMap<Framework, FrameworkDoc>();

/**
 * What a worker thread needs to make the very framework this thread checked, without reading
 * the files again (they could have changed since) or checking them again (a third of a second
 * a thread): its checked document, plain data that is copied to the thread, and its files.
 */
export interface FrameworkHandOver {
  doc: FrameworkDoc;
  file?: string;
  chain?: string[];
}

/** The hand-over of a framework `require` gave out; undefined for one made otherwise. */
export function handOver(framework: Framework): FrameworkHandOver | undefined {
  const doc = documents.get(framework);
  if (doc === undefined) return undefined;
  return {
    doc,
    ...(framework.file !== undefined && { file: framework.file }),
    ...(framework.chain !== undefined && { chain: framework.chain }),
  };
}

/** The framework a hand-over stands for, made again in this thread. */
export function takeOver(given: FrameworkHandOver): Framework {
  const framework = normalise(given.doc);
  if (given.file !== undefined) framework.file = given.file;
  if (given.chain !== undefined) framework.chain = given.chain;
  documents.set(framework, given.doc);
  return framework;
}

function done(file: string, findings: Finding[], doc?: FrameworkDoc): LoadedFramework {
  if (doc === undefined || findings.some(isError)) return { file, findings };
  // Built when first asked for: `validate` never needs it.
  let framework: Framework | undefined;
  return {
    file,
    findings,
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
export function isPathRef(ref: string, cwd: string, files = diskFiles(cwd)): boolean {
  return looksLikePath(ref) || files.kind(resolve(cwd, ref)) !== 'missing';
}

/** A framework named on the command line: an existing path, or an id. */
export function resolveFrameworkRef(ref: string, cwd: string, files = diskFiles(cwd)): string {
  if (isPathRef(ref, cwd, files)) {
    const asPath = resolve(cwd, ref);
    if (files.kind(asPath) === 'missing') throw new InputError(`${ref}: no such framework file`);
    return asPath;
  }
  const found = files.byId(ref);
  if (!found)
    throw new InputError(
      `no framework with id "${ref}"; run attune list to see the frameworks there are`,
    );
  return found;
}

import type { Path } from './findings.js';

/**
 * Where an element of a (possibly merged) framework came from: the file and the path in it.
 * An element overridden by an extending framework has several origins, the overriding file
 * first. The io layer uses them to turn a path in the merged framework into file:line:col.
 */
export interface Origin {
  file: string;
  path: Path;
}

export type Origins = WeakMap<object, readonly Origin[]>;

export interface Located {
  /** The origins of the deepest element on the path that has any. */
  origins: readonly Origin[];
  /** The rest of the path below that element, to follow in each origin's file. */
  rest: Path;
}

/** Walks `path` through `root`, returning the deepest element with origins and the path left. */
export function locateOrigin(root: unknown, origins: Origins, path: Path): Located | undefined {
  let found: Located | undefined;
  let cur: unknown = root;
  for (let i = 0; i <= path.length; i++) {
    if (cur !== null && typeof cur === 'object') {
      const o = origins.get(cur);
      if (o) found = { origins: o, rest: path.slice(i) };
    } else break;
    const part = path[i];
    if (part === undefined) break;
    cur = Object.hasOwn(cur, part) ? (cur as Record<string | number, unknown>)[part] : undefined;
  }
  return found;
}

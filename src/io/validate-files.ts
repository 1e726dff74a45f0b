import type { Finding } from '../core/findings.js';
import { compareFindings } from '../core/findings.js';
import { oneLine } from '../core/sanitize.js';
import { expandInputs, type Duplicate } from './expand-paths.js';
import { resolve } from 'node:path';
import { FrameworkLoader } from './load-framework.js';
import { loadPlan, looksLikePlan } from './plan-file.js';
import { readHeadSync } from './read-file.js';
import { defaultThreads, evenShares, inWorkers } from './workers.js';

export interface ValidationResult {
  files: string[];
  findings: Finding[];
  /** Paths to files already checked under another path: each real file is checked once. */
  duplicates?: Duplicate[];
}

/** From this many files, the work is shared among worker threads, one per core. */
const PARALLEL_FROM = 32;

/** Validates framework files, folders and globs; each finding once, in the order given. */
export async function validateFrameworkPaths(
  paths: readonly string[],
  cwd: string,
  options: { threads?: number } = {},
): Promise<ValidationResult> {
  const { files, duplicates } = await expandInputs(paths, {
    cwd,
    extensions: ['yaml', 'yml'],
    what: 'framework files',
  });
  const threads = options.threads ?? defaultThreads();
  const shares =
    files.length >= PARALLEL_FROM
      ? await inWorkers<Finding[][]>('validate', evenShares(files, threads), { cwd })
      : undefined;
  const perFile = shares?.flat() ?? (await findingsOf(files, cwd));
  // Each file's findings are settled already (once each, in order); a finding can repeat only
  // across files, where two frameworks extend the same parent.
  const seen = perFile.length > 1 ? new Set<string>() : undefined;
  const findings: Finding[] = [];
  for (const list of perFile) {
    for (const f of list) {
      if (seen) {
        const key = `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const message = oneLine(f.message);
      findings.push(message === f.message ? f : { ...f, message });
    }
  }
  // Files in the order given (then any extended framework they led to), findings by position.
  const given = new Set(files);
  const extended = new Set<string>();
  for (const f of findings) if (!given.has(f.file)) extended.add(f.file);
  const checked = [...files, ...extended];
  if (checked.length > 1) {
    const order = new Map(checked.map((f, i) => [f, i]));
    findings.sort(
      (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || compareFindings(a, b),
    );
  }
  return { files: checked, findings, duplicates };
}

/** The findings of each file, in order, validated in this thread. */
export async function findingsOf(files: readonly string[], cwd: string): Promise<Finding[][]> {
  const loader = new FrameworkLoader(cwd);
  const out = new Array<Finding[]>(files.length);
  // A few files in flight at once, so that reading the next overlaps checking this one.
  let next = 0;
  const run = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      out[i] = await findingsOfOne(loader, file, cwd);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, run));
  return out;
}

/**
 * One file's findings: a plan file (`kind: plan`) is checked as a plan, against the framework it
 * names where that can be found; anything else as a framework.
 */
async function findingsOfOne(
  loader: FrameworkLoader,
  file: string,
  cwd: string,
): Promise<Finding[]> {
  const head = readHeadSync(resolve(cwd, file), 64 * 1024)?.toString('utf8');
  if (head === undefined || !looksLikePlan(head)) return (await loader.load(file, file)).findings;
  const plan = await loadPlan(resolve(cwd, file), file, async (doc) => {
    try {
      return await loader.require(doc.framework.id);
    } catch {
      return undefined;
    }
  });
  return plan.findings;
}

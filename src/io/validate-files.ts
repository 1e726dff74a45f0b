import type { Finding } from '../core/findings.js';
import { compareFindings } from '../core/findings.js';
import { oneLine } from '../core/sanitize.js';
import { expandPaths } from './expand-paths.js';
import { FrameworkLoader } from './load-framework.js';

export interface ValidationResult {
  files: string[];
  findings: Finding[];
}

/** Validates framework files, folders and globs; each finding once, sorted by file and line. */
export async function validateFrameworkPaths(
  paths: readonly string[],
  cwd: string,
): Promise<ValidationResult> {
  const files = await expandPaths(paths, {
    cwd,
    extensions: ['yaml', 'yml'],
    what: 'framework files',
  });
  const loader = new FrameworkLoader(cwd);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const file of files) {
    const loaded = await loader.load(file, file);
    for (const f of loaded.findings) {
      const key = `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...f, message: oneLine(f.message) });
    }
  }
  // Files in the order given (then any extended framework they led to), findings by position.
  const checked = [
    ...files,
    ...new Set(findings.map((f) => f.file).filter((f) => !files.includes(f))),
  ];
  const order = new Map(checked.map((f, i) => [f, i]));
  findings.sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || compareFindings(a, b),
  );
  return { files: checked, findings };
}

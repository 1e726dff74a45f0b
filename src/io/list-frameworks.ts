import { countFindings } from '../core/findings.js';
import { pickText } from '../core/framework.js';
import type { ListedFramework } from '../core/listed-framework.js';
import { catalog } from './catalog.js';
import { FrameworkLoader } from './load-framework.js';
import { shownPath } from './shown-path.js';

/**
 * Every framework attune can find by id, loaded and resolved: the bundled ones, then those in
 * ./frameworks of `cwd`, each with its counts, or with its error count where it is not valid.
 */
export async function listFrameworks(cwd: string): Promise<ListedFramework[]> {
  const loader = new FrameworkLoader(cwd);
  const seen = new Map<string, string>();
  const out: ListedFramework[] = [];
  for (const entry of catalog(cwd)) {
    const path = entry.origin === 'local' ? shownPath(cwd, entry.file) : undefined;
    const loaded = await loader.load(entry.file, path);
    const { errors } = countFindings(loaded.findings);
    const f = loaded.framework;
    const hiddenBy = seen.get(entry.id);
    if (hiddenBy === undefined) seen.set(entry.id, path ?? 'bundled');
    out.push({
      id: entry.id,
      source: entry.origin,
      ...(path !== undefined && { path }),
      ...(f && {
        version: f.version,
        title: pickText(f.title, f.language, f.language),
        language: f.language,
        questions: f.questions.length,
        domains: f.domains.length,
      }),
      errors,
      warnings: loaded.findings.length - errors,
      ...(hiddenBy !== undefined && { hiddenBy }),
    });
  }
  return out;
}

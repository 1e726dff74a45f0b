import { InputError } from '../core/errors.js';
import { isError, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { checkColumnMap } from '../core/import-map.js';
import { columnMapSchema, type ColumnMap } from '../core/schema/column-map.js';
import { schemaIssues } from '../core/schema-issues.js';
import { MB, readText } from './read-text.js';
import { findingAt, locate, parseYaml, withPositions } from './yaml-source.js';

/**
 * Reads `--map map.yaml` and checks it against the framework. Anything wrong in it ends the
 * import before a file is written (exit 2), with the file, line and column of the first
 * problem.
 */
export async function loadColumnMap(
  path: string,
  shown: string,
  framework: Framework,
): Promise<ColumnMap> {
  const read = await readText(path, 1 * MB);
  if (!read.ok) {
    throw new InputError(
      read.problem.kind === 'too-large'
        ? `${shown}: the file is too large for a column map`
        : `${shown}:${read.problem.line}:${read.problem.column}: the file is not UTF-8 text`,
    );
  }
  const parsed = await parseYaml(shown, read.text);
  const source = parsed.source;
  const fail = (findings: readonly Pick<Finding, 'line' | 'column' | 'message'>[]) => {
    const [first] = findings;
    if (!first) return;
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
    throw new InputError(`${shown}:${first.line}:${first.column}: ${first.message}${more}`);
  };
  fail(parsed.findings.filter(isError));
  if (parsed.data === undefined) throw new InputError(`${shown}: the file is empty`);
  const result = columnMapSchema.safeParse(parsed.data);
  if (!result.success) {
    await withPositions(source);
    fail(
      schemaIssues(columnMapSchema, result.error.issues, parsed.data).map((i) =>
        findingAt(source, i),
      ),
    );
  }
  const map = parsed.data as ColumnMap;
  const problems = checkColumnMap(framework, map);
  if (problems.length > 0) {
    await withPositions(source);
    fail(problems.map((p) => ({ ...locate(source, p.path, 'value'), message: p.message })));
  }
  return map;
}

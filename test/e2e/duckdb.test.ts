import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

// Installed into test/tools by npm test (scripts/test-tools.mjs); see test/tools/package.json.
// The little of its API used here (typed by hand: typecheck runs before the install).
interface DuckDb {
  create(path: string): Promise<{
    connect(): Promise<{
      runAndReadAll(sql: string): Promise<{ getRowObjects(): unknown[] }>;
      closeSync(): void;
    }>;
  }>;
}
const { DuckDBInstance } = createRequire(join(ROOT, 'test/tools/package.json'))(
  '@duckdb/node-api',
) as { DuckDBInstance: DuckDb };

/**
 * The README's DuckDB query, run on the tidy `responses` table of the example answers, gives
 * the same domain and overall scores as the JSON report: the export loses nothing.
 */
it("the README's DuckDB query reproduces the report's scores", { timeout: 300_000 }, async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const sql = /### Analysis at scale[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(sql).toBeDefined();
  const dir = tempDir();
  const csv = join(dir, 'responses.csv');
  const answers = [
    'examples/answers-2026',
    'examples/answers-2025',
    '--framework',
    'trauma-informed-organisation',
  ];
  const exported = await runCli([
    'report',
    ...answers,
    '--format',
    'csv',
    '--csv-table',
    'responses',
    '--out',
    csv,
  ]);
  expect(exported.code).toBe(0);
  const report = JSON.parse((await runCli(['report', ...answers, '--format', 'json'])).stdout) as {
    overall: { score: number };
    domains: { id: string; score: number }[];
  };

  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const result = await connection.runAndReadAll((sql ?? '').replace("'responses.csv'", `'${csv}'`));
  const rows = result.getRowObjects() as { domain: string; score: number }[];
  const fromSql = Object.fromEntries(rows.map((r) => [r.domain, r.score]));
  const fromReport = {
    ...Object.fromEntries(report.domains.map((d) => [d.id, d.score])),
    overall: report.overall.score,
  };
  expect(Object.keys(fromSql).sort()).toEqual(Object.keys(fromReport).sort());
  for (const [id, score] of Object.entries(fromReport)) expect(fromSql[id]).toBeCloseTo(score, 5);
  connection.closeSync();
});

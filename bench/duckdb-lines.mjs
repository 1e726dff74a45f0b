// The peer for reporting from one JSON Lines file: DuckDB, the tool an analyst would reach for,
// reading the same file and working out each question's mean item score (rule 1 of the scoring,
// without reverse questions, roles, suppression or a report): a fraction of attune's work.
// DuckDB comes from test/tools (installed by scripts/test-tools.mjs), not attune's lock file.
import { createRequire } from 'node:module';

const { DuckDBInstance } = createRequire(new URL('../test/tools/package.json', import.meta.url))(
  '@duckdb/node-api',
);
const file = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const result = await connection.runAndReadAll(`
  WITH answers AS (
    SELECT unnest(map_entries(answers)) AS answer
    FROM read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited',
                   columns = {answers: 'MAP(VARCHAR, STRUCT(value JSON))'})
  ), scored AS (
    SELECT answer.key AS question, try_cast(answer.value.value AS DOUBLE) AS value FROM answers
  )
  SELECT question, avg(value) / 4 AS score, count(value) AS answered
  FROM scored GROUP BY question ORDER BY question`);
process.stdout.write(`${result.getRows().length} questions\n`);

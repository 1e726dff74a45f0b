// Validation at scale: attune over 1, 100 and 500 generated frameworks (~60 questions each),
// side by side with ajv-cli checking the same files against attune's exported JSON Schema.
// ajv-cli checks only the shape; attune also checks cross-references, conditions and languages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworks } from './generate.mjs';
import { ATTUNE, ROOT, WORK, bin, compare, table } from './lib.mjs';

export function validation({ sizes = [1, 100, 500], runs = 5 } = {}) {
  mkdirSync(WORK, { recursive: true });
  const schema = join(WORK, 'framework.schema.json');
  writeFileSync(
    schema,
    execFileSync(process.execPath, [ATTUNE, 'schema', 'framework'], { encoding: 'utf8' }),
  );
  const sections = [];
  for (const n of sizes) {
    const dir = frameworks(WORK, n);
    const rows = compare(
      [
        {
          name: `attune validate (${n} files)`,
          cmd: process.execPath,
          args: [ATTUNE, 'validate', dir],
          expectStatus: 0,
        },
        {
          name: `ajv-cli validate (${n} files)`,
          cmd: bin('ajv'),
          args: [
            'validate',
            '--spec=draft2020',
            '-c',
            'ajv-formats',
            '-s',
            schema,
            '-d',
            `${dir}/*.yaml`,
          ],
          cwd: join(ROOT, 'bench'),
          expectStatus: 0,
        },
      ],
      { runs, warmup: 1 },
    );
    sections.push(table(rows));
  }
  return `### Validation of many frameworks\n\n${sections.join('\n\n')}`;
}

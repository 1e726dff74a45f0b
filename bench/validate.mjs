// Validation at scale: attune over 1, 100 and 1,000 generated frameworks (~60 questions each),
// side by side with ajv-cli and with Spectral (a ruleset of one rule: attune's exported JSON
// Schema), checking the same files. The peers check only the shape; attune also checks
// cross-references, conditions and languages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworks } from './generate.mjs';
import { ATTUNE, ROOT, WORK, bin, compare, table } from './lib.mjs';

export function validation({ sizes = [1, 100, 500, 1000], runs = 5 } = {}) {
  mkdirSync(WORK, { recursive: true });
  const schema = join(WORK, 'framework.schema.json');
  writeFileSync(
    schema,
    execFileSync(process.execPath, [ATTUNE, 'schema', 'framework'], { encoding: 'utf8' }),
  );
  // Spectral: one rule, the same JSON Schema (2020-12), over the whole document.
  const ruleset = join(WORK, 'spectral-ruleset.json');
  writeFileSync(
    ruleset,
    JSON.stringify({
      rules: {
        'attune-framework-schema': {
          description: 'The file fits the attune framework JSON Schema',
          given: '$',
          severity: 'error',
          then: {
            function: 'schema',
            functionOptions: {
              schema: JSON.parse(readFileSync(schema, 'utf8')),
              dialect: 'draft2020-12',
            },
          },
        },
      },
    }),
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
        {
          name: `spectral lint (${n} files)`,
          cmd: bin('spectral'),
          args: ['lint', '-q', '-r', ruleset, `${dir}/*.yaml`],
          cwd: join(ROOT, 'bench'),
          expectStatus: 0,
        },
      ],
      { runs: n >= 500 ? Math.min(runs, 3) : runs, warmup: 1 },
    );
    sections.push(table(rows));
  }
  const note =
    'Spectral runs a ruleset of one rule (the same JSON Schema, `schema` function, 2020-12 dialect): it checks the shape only, as ajv-cli does. attune checks the shape and every cross-reference.';
  return `### Validation of many frameworks\n\n${sections.join('\n\n')}\n\n${note}`;
}

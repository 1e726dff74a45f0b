// Start-up: attune --version, --help and validate of one bundled framework, next to the floor
// (node -e 0) and to ajv-cli validating the same framework against attune's exported schema.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ATTUNE, ROOT, WORK, bin, compare, table } from './lib.mjs';

export function startup({ runs = 20 } = {}) {
  mkdirSync(WORK, { recursive: true });
  const schema = join(WORK, 'framework.schema.json');
  const { stdout } = { stdout: null };
  void stdout;
  writeFileSync(schema, JSON.stringify(JSON.parse(runNode(['schema', 'framework']))));
  const one = join(ROOT, 'frameworks', 'trauma-informed-organisation.yaml');
  const rows = compare(
    [
      { name: 'node -e 0 (floor)', cmd: process.execPath, args: ['-e', '0'] },
      {
        name: 'attune --version',
        cmd: process.execPath,
        args: [ATTUNE, '--version'],
        expectStatus: 0,
      },
      { name: 'attune --help', cmd: process.execPath, args: [ATTUNE, '--help'], expectStatus: 0 },
      {
        name: 'attune validate (1 bundled framework)',
        cmd: process.execPath,
        args: [ATTUNE, 'validate', one],
        expectStatus: 0,
      },
      {
        name: 'ajv-cli validate (same file, schema only)',
        cmd: bin('ajv'),
        args: ['validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', schema, '-d', one],
        cwd: join(ROOT, 'bench'),
        expectStatus: 0,
      },
    ],
    { runs },
  );
  return `### Start-up\n\n${table(rows, { baseline: 'node -e 0 (floor)' })}`;
}

import { execFileSync } from 'node:child_process';
function runNode(args) {
  return execFileSync(process.execPath, [ATTUNE, ...args], { encoding: 'utf8' });
}

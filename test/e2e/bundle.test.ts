import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

describe('the built bundle', () => {
  it('saves an answers file atomically (its CommonJS dependencies find __filename)', () => {
    const file = join(tempDir(), 'a.yaml');
    const script = `
      const { saveAnswers } = await import(${JSON.stringify(join(ROOT, 'dist', 'dev', 'internals.js'))});
      await saveAnswers(process.argv[1], {
        attune: 1, framework: { id: 'small-example', version: '1.0.0' },
        status: 'in-progress', answers: { 'safety-premises': { value: 1 } },
      });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script, file]);
    expect(readFileSync(file, 'utf8')).toContain('safety-premises:\n    value: 1\n');
  });
});

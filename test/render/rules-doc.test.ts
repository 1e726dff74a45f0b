import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesDoc } from '../../src/render/rules-doc.js';
import { ROOT } from '../helpers.js';

it('docs/rules.md is up to date with the rule registry (npm run docs)', () => {
  expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
});

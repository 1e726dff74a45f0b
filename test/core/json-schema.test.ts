import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/core/json-schema.js';
import { ROOT } from '../helpers.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const framework = ajv.compile(jsonSchema('framework'));
const answers = ajv.compile(jsonSchema('answers'));
const load = (file: string): unknown => parse(readFileSync(file, 'utf8'));

/** Every schema node with `type: object` or properties, and whether each property is described. */
function undescribed(node: unknown, path = '#'): string[] {
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const out: string[] = [];
  const props = obj.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, value] of Object.entries(props ?? {})) {
    if (typeof value.description !== 'string') out.push(`${path}/properties/${key}`);
  }
  for (const [key, value] of Object.entries(obj)) out.push(...undescribed(value, `${path}/${key}`));
  return out;
}

describe('the exported JSON Schema', () => {
  it('is draft 2020-12 and describes every field, for editor hover help', () => {
    for (const kind of ['framework', 'answers'] as const) {
      const schema = jsonSchema(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(undescribed(schema)).toEqual([]);
    }
  });

  it('accepts the bundled frameworks and the valid fixtures', () => {
    const files = [
      ...readdirSync(join(ROOT, 'frameworks')).map((f) => join(ROOT, 'frameworks', f)),
      ...readdirSync(join(ROOT, 'test/fixtures/frameworks'))
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('invalid-'))
        .map((f) => join(ROOT, 'test/fixtures/frameworks', f)),
    ];
    expect(files.filter((f) => f.includes('extends-')).length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      expect(framework(load(file)), `${file}: ${ajv.errorsText(framework.errors)}`).toBe(true);
    }
  });

  it.each([
    'invalid-unknown-key.yaml',
    'invalid-wrong-type.yaml',
    'invalid-missing-key.yaml',
    'invalid-weight-positive.yaml',
    'invalid-action-threshold.yaml',
    'invalid-id-format.yaml',
    'invalid-format-version.yaml',
    'invalid-scale-options.yaml',
  ])('rejects what the validator rejects for its shape: %s', (name) => {
    expect(framework(load(join(ROOT, 'test/fixtures/frameworks', name)))).toBe(false);
  });

  it('accepts an extending framework only with `extends`', () => {
    expect(framework({ attune: 1, id: 'tailored', extends: 'trauma-informed-organisation' })).toBe(
      true,
    );
    expect(framework({ attune: 1, id: 'tailored' })).toBe(false);
  });

  it('describes answers files', () => {
    const ok = {
      attune: 1,
      framework: { id: 'trauma-informed-organisation', version: '1.0.0' },
      respondent: { role: 'staff' },
      status: 'completed',
      answers: { 'safety-one': { value: 3, note: 'words' }, 'safety-two': { value: 'dont-know' } },
    };
    expect(answers(ok), ajv.errorsText(answers.errors)).toBe(true);
    expect(answers({ ...ok, respondent: { name: 'Sam' } })).toBe(false);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { idFromFileName, planStarter } from '../../src/core/starter.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { starterYaml } from '../../src/render/starter.js';
import { unknownFindings } from '../known-warnings.js';
import { ROOT, tempDir } from '../helpers.js';

const BUNDLED = [
  'trauma-informed-organisation',
  'relationship-based-practice',
  'meaningful-relationships',
];

async function framework(file: string, cwd = ROOT): Promise<Framework> {
  const loaded = await new FrameworkLoader(cwd).load(file);
  expect(unknownFindings(loaded.findings)).toEqual([]);
  if (!loaded.framework) throw new Error(`${file} did not load`);
  return loaded.framework;
}

/**
 * Uncomments the examples: comment lines whose text is YAML (a list item or a lower-case key),
 * but not the schema modeline.
 */
function uncomment(yaml: string): string {
  return yaml.replace(/^# (?!yaml-language-server:)(?=( *- | *[a-z][\w-]*:( |$)))/gm, '');
}

describe('idFromFileName', () => {
  it.each([
    ['framework.yaml', 'framework'],
    ['Northside Housing.yaml', 'northside-housing'],
    ['Ysgol_Gymraeg.yml', 'ysgol-gymraeg'],
    ['Café Crème.yaml', 'cafe-creme'],
    ['--.yaml', 'my-framework'],
    ['.yaml', 'my-framework'],
  ])('%s gives %s', (name, id) => {
    expect(idFromFileName(name)).toBe(id);
  });
});

describe('planStarter', () => {
  it('never takes the id of the framework it extends, nor of a bundled one', async () => {
    const tio = await framework('frameworks/trauma-informed-organisation.yaml');
    const ref = 'trauma-informed-organisation';
    expect(
      planStarter('trauma-informed-organisation.yaml', BUNDLED, { framework: tio, ref }).id,
    ).toBe('trauma-informed-organisation-tailored');
    expect(planStarter('meaningful-relationships.yaml', BUNDLED).id).toBe(
      'meaningful-relationships-tailored',
    );
    expect(planStarter('northside.yaml', BUNDLED, { framework: tio, ref }).id).toBe('northside');
  });
});

describe('the starter framework', () => {
  it('is clean under --strict, starts with the schema modeline, and explains its keys', async () => {
    const dir = tempDir();
    const yaml = starterYaml(planStarter('framework.yaml', BUNDLED), 'framework.yaml');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./framework.schema.json');
    writeFileSync(join(dir, 'framework.yaml'), yaml);
    const f = await framework(join(dir, 'framework.yaml'));
    expect(f.id).toBe('framework');
    expect(f.questions.length).toBeGreaterThanOrEqual(4);
    // Every top-level key has a comment just above it.
    const lines = yaml.split('\n');
    const keys = lines.filter((l) => /^[a-zA-Z]+:/.test(l));
    expect(keys.length).toBeGreaterThanOrEqual(12);
    lines.forEach((line, i) => {
      if (/^[a-zA-Z]+:/.test(line)) expect(lines[i - 1], line).toMatch(/^# /);
    });
  });

  it.each([
    ...BUNDLED.map((id) => [id, id] as const),
    ['a path', join(ROOT, 'test/fixtures/frameworks/small.yaml')] as const,
    [
      'a path, with text maps',
      join(ROOT, 'test/fixtures/frameworks/extends-language.yaml'),
    ] as const,
  ])('extending %s: clean as written, and clean with its examples uncommented', async (_, ref) => {
    const parent = await framework(ref.includes('/') ? ref : `frameworks/${ref}.yaml`);
    const dir = tempDir();
    const plan = planStarter('client.yaml', BUNDLED, { framework: parent, ref });
    const yaml = starterYaml(plan, 'client.yaml');
    expect(yaml).toContain(`\nextends: ${ref.includes('/') ? JSON.stringify(ref) : ref}\n`);

    writeFileSync(join(dir, 'client.yaml'), yaml);
    const plain = await framework(join(dir, 'client.yaml'));
    expect(plain.id).toBe('client');
    expect(plain.questions.map((q) => q.id)).toEqual(parent.questions.map((q) => q.id));

    writeFileSync(join(dir, 'tried.yaml'), uncomment(yaml));
    const tried = await framework(join(dir, 'tried.yaml'));
    const p = plan.parent;
    if (!p) throw new Error('no examples');
    expect(p.removable).toBeDefined();
    expect(tried.questionById.has(p.removable ?? '')).toBe(false);
    expect(tried.questionById.get(p.override.id)?.weight).toBe(2);
    expect(tried.questionById.get(p.added.id)?.domain).toBe(p.domain);
    expect(tried.questions).toHaveLength(parent.questions.length);
  });
});

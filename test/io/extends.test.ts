import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';
import { unknownFindings } from '../known-warnings.js';

/**
 * The good cases of `extends`: each fixture validates clean (framework-fixtures.test.ts checks
 * that), and here the merged framework is what the fixture asks for.
 */
const DIR = 'test/fixtures/frameworks';

async function load(file: string, cwd = ROOT): Promise<Framework> {
  const loaded = await new FrameworkLoader(cwd).load(file);
  expect(unknownFindings(loaded.findings)).toEqual([]);
  if (!loaded.framework) throw new Error(`${file} did not load`);
  return loaded.framework;
}

const outline = (f: Framework) =>
  Object.fromEntries(f.domains.map((d) => [d.id, d.questions.map((q) => q.id)]));
const question = (f: Framework, id: string) => {
  const q = f.questionById.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};

describe('extends: good cases', () => {
  it('the parent on its own, for comparison', async () => {
    const small = await load(`${DIR}/small.yaml`);
    expect(outline(small)).toEqual({
      safety: ['safety-first-contact', 'safety-premises', 'safety-quiet-space'],
      trust: ['trust-explain-decisions', 'trust-board-reports'],
    });
  });

  it('overrides fields of inherited elements by id, keeping the rest', async () => {
    const f = await load(`${DIR}/extends-override.yaml`);
    expect(f.id).toBe('small-override');
    expect(f.version).toBe('1.1.0');
    expect(f.title).toBe('A small example framework, tailored');
    // Inherited top-level fields stay.
    expect(f.summary).toBe("Two domains and a handful of questions, used by attune's tests.");
    expect(f.licence).toBe('CC-BY-4.0');
    const q = question(f, 'safety-first-contact');
    expect(q.text).toBe('People know what will happen at their first visit before they arrive.');
    expect(q.weight).toBe(3);
    // Fields the override does not name are inherited.
    expect(q.help).toMatch(/^Knowing what comes next lowers fear/);
    expect(q.area).toBe('environment');
    expect(q.actions).toHaveLength(1);
    expect(f.domains.find((d) => d.id === 'trust')?.title).toBe('Trust and openness');
    expect(f.domains.find((d) => d.id === 'safety')?.weight).toBe(2);
    expect(f.stages.map((s) => [s.id, s.label])).toEqual([
      ['aware', 'Trauma aware'],
      ['sensitive', 'Trauma sensitive'],
      ['responsive', 'Trauma responsive'],
      ['informed', 'Fully trauma informed'],
    ]);
    expect(f.stages.at(-1)?.from).toBe(75);
    expect(f.respondents.map((r) => [r.id, r.label])).toEqual([
      ['staff', 'Staff and volunteers'],
      ['leadership', 'Managers and trustees'],
      ['lived-experience', 'People who use the service'],
    ]);
    // Order is the parent's: an override does not move an element.
    expect(outline(f)).toEqual({
      safety: ['safety-first-contact', 'safety-premises', 'safety-quiet-space'],
      trust: ['trust-explain-decisions', 'trust-board-reports'],
    });
  });

  it('adds a role, an area, a domain and questions, in order after the inherited ones', async () => {
    const f = await load(`${DIR}/extends-add.yaml`);
    expect(outline(f)).toEqual({
      safety: [
        'safety-first-contact',
        'safety-premises',
        'safety-quiet-space',
        'safety-out-of-hours',
      ],
      trust: ['trust-explain-decisions', 'trust-board-reports'],
      voice: ['voice-plan-own-words', 'voice-families-heard'],
    });
    expect(f.respondents.map((r) => r.id)).toEqual([
      'staff',
      'leadership',
      'lived-experience',
      'family',
    ]);
    expect(f.areas.map((a) => a.id)).toEqual(['environment', 'leadership', 'involvement']);
    const voice = f.domains.find((d) => d.id === 'voice');
    expect(voice?.weight).toBe(1.5);
    expect(voice?.summary).toBe('People shape their own support and the service.');
    // An added question may depend on an inherited one, and gets the inherited default scale.
    const q = question(f, 'safety-out-of-hours');
    expect(q.when).toEqual({ question: 'safety-premises', in: [1] });
    expect(q.scale.id).toBe('practice');
    expect(q.index).toBe(3);
    expect(question(f, 'voice-families-heard').respondents).toEqual(['family', 'leadership']);
  });

  it('removes inherited questions and roles by id', async () => {
    const f = await load(`${DIR}/extends-remove.yaml`);
    expect(outline(f)).toEqual({
      safety: ['safety-first-contact', 'safety-premises'],
      trust: ['trust-explain-decisions', 'trust-board-reports'],
    });
    expect(f.respondents.map((r) => r.id)).toEqual(['staff', 'leadership']);
    expect(f.questionById.has('safety-quiet-space')).toBe(false);
  });

  it('moves a question to another domain by listing it there', async () => {
    const f = await load(`${DIR}/extends-move.yaml`);
    expect(outline(f)).toEqual({
      safety: ['safety-premises', 'safety-quiet-space'],
      trust: ['trust-explain-decisions', 'trust-board-reports', 'safety-first-contact'],
    });
    const q = question(f, 'safety-first-contact');
    expect(q.domain).toBe('trust');
    expect(q.weight).toBe(2);
    expect(q.text).toBe(
      'People are told what will happen at their first appointment before it happens.',
    );
  });

  it('merges text maps by language: a child adds a translation and keeps the original', async () => {
    const f = await load(`${DIR}/extends-language.yaml`);
    expect(f.title).toEqual({
      'en-GB': 'A small example framework',
      cy: 'Fframwaith enghreifftiol bach',
    });
    expect(f.domains[0]?.title).toEqual({ 'en-GB': 'Safety', cy: 'Diogelwch' });
    expect(f.stages.map((s) => s.label)).toEqual([
      { 'en-GB': 'Trauma aware', cy: 'Ymwybodol o drawma' },
      'Trauma sensitive',
      'Trauma responsive',
      { 'en-GB': 'Trauma informed', cy: "Wedi'i lywio gan drawma" },
    ]);
    // A map in the child replaces the languages it names and keeps the others.
    expect(question(f, 'safety-first-contact').text).toEqual({
      'en-GB':
        'People are told what will happen at their first appointment, in writing and by phone.',
      cy: 'Mae pobl yn cael gwybod beth fydd yn digwydd yn eu hapwyntiad cyntaf, yn ysgrifenedig a dros y ffôn.',
    });
    expect(f.partialLanguages).toEqual(['cy']);
  });

  it('resolves a chain of two extends, each step applied in turn', async () => {
    const f = await load(`${DIR}/extends-chain.yaml`);
    expect(f.id).toBe('small-chain');
    expect(f.version).toBe('1.2.0');
    // From the middle framework: the title and the overridden question text and weight.
    expect(f.title).toBe('A small example framework, tailored');
    const q = question(f, 'safety-first-contact');
    expect(q.text).toBe('People know what will happen at their first visit before they arrive.');
    expect(q.weight).toBe(3);
    // From this one: a later override wins, a new field is added, a removal applies.
    expect(f.domains.find((d) => d.id === 'trust')?.title).toBe('Trust, openness and honesty');
    expect(q.help).toBe('A short letter and a call beforehand, in plain words, lower fear.');
    expect(outline(f)).toEqual({
      safety: ['safety-first-contact', 'safety-premises'],
      trust: ['trust-explain-decisions', 'trust-board-reports'],
    });
    expect(f.stages.at(-1)?.label).toBe('Fully trauma informed');
  });

  it('extends a bundled framework by its id', async () => {
    const f = await load(`${DIR}/extends-bundled.yaml`);
    const parent = await load('frameworks/trauma-informed-organisation.yaml');
    expect(f.questions).toHaveLength(parent.questions.length); // one removed, one added
    expect(f.questionById.has('safety-leadership-staffing')).toBe(false);
    expect(f.domains[0]?.questions.at(-1)?.id).toBe('safety-tenancy-visits');
    expect(f.domains[0]?.title).toBe('Safety at home and in the office');
    expect(f.areas).toEqual(parent.areas);
    expect(f.stages).toEqual(parent.stages);
    // Sources are inherited, so attribution is never lost.
    expect(f.sources).toEqual(parent.sources);
  });

  it('extends by a path relative to the extending file, not to the working directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'base'));
    mkdirSync(join(dir, 'client'));
    cpSync(join(FIXTURES, 'frameworks', 'small.yaml'), join(dir, 'base', 'small.yaml'));
    writeFileSync(
      join(dir, 'client', 'tailored.yaml'),
      'attune: 1\nid: tailored\nversion: 1.0.0\nextends: ../base/small.yaml\nremove: [safety-quiet-space]\n',
    );
    // Loaded from a third folder: the path still resolves from client/.
    const f = await load(join(dir, 'client', 'tailored.yaml'), join(dir, 'base'));
    expect(f.id).toBe('tailored');
    expect(f.questions.map((q) => q.id)).not.toContain('safety-quiet-space');
  });

  it('extends a local framework by id, from ./frameworks of the working directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'frameworks'));
    cpSync(join(FIXTURES, 'frameworks', 'small.yaml'), join(dir, 'frameworks', 'any-name.yaml'));
    writeFileSync(
      join(dir, 'tailored.yaml'),
      'attune: 1\nid: tailored\nversion: 1.0.0\nextends: small-example\n',
    );
    const f = await load('tailored.yaml', dir);
    expect(f.questions).toHaveLength(5);
    // Without that folder, the id is unknown: a located error, not a crash.
    const elsewhere = await new FrameworkLoader(tempDir()).load(join(dir, 'tailored.yaml'));
    expect(elsewhere.findings.map((x) => [x.rule, x.line, x.column])).toEqual([
      ['extends-unresolved', 4, 10],
    ]);
  });
});

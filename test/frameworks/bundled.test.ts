import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { catalog } from '../../src/io/catalog.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT } from '../helpers.js';
import { KNOWN_WARNINGS } from '../known-warnings.js';

/** The bundled frameworks: the counts and invariants the product promises. */
async function bundled(id: string): Promise<Framework> {
  const loaded = await new FrameworkLoader(ROOT).load(join('frameworks', `${id}.yaml`));
  // Strictly clean (not even a warning), but for the known warnings (test/known-warnings.ts).
  expect(loaded.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(
    KNOWN_WARNINGS[`${id}.yaml`] ?? [],
  );
  if (!loaded.framework) throw new Error(`${id} did not load`);
  expect(loaded.framework.id).toBe(id);
  return loaded.framework;
}

const IDS = ['meaningful-relationships', 'relationship-based-practice', 'trauma-informed-organisation'];

it('the bundled folder holds exactly the three frameworks, each found by its id', () => {
  expect(readdirSync(join(ROOT, 'frameworks')).sort()).toEqual(IDS.map((id) => `${id}.yaml`));
  expect(
    catalog(ROOT)
      .map((e) => [e.id, e.origin])
      .sort(),
  ).toEqual(IDS.map((id) => [id, 'bundled']));
});

describe.each(IDS)('%s', (id) => {
  it('every question has help, evidence and at least one action', async () => {
    const f = await bundled(id);
    const lacking = f.questions
      .filter((q) => q.help === undefined || q.evidence.length === 0 || q.actions.length === 0)
      .map((q) => q.id);
    expect(lacking).toEqual([]);
  });

  it('every scale option has a description, and every scale is used', async () => {
    const f = await bundled(id);
    const options = Object.values(f.scales).flatMap((s) => s.options);
    expect(options.length).toBeGreaterThanOrEqual(4);
    const bare = Object.values(f.scales).flatMap((s) =>
      s.options.filter((o) => o.description === undefined).map((o) => `${s.id}:${o.value}`),
    );
    expect(bare).toEqual([]);
    const used = new Set(f.questions.map((q) => q.scale.id));
    expect(Object.keys(f.scales).filter((s) => !used.has(s))).toEqual([]);
  });

  it('has roles, stages from 0 in ascending order, and at least two questions per domain', async () => {
    const f = await bundled(id);
    expect(f.respondents.length).toBeGreaterThanOrEqual(2);
    expect(f.stages[0]?.from).toBe(0);
    expect(f.stages.map((s) => s.from)).toEqual([...f.stages.map((s) => s.from)].sort((a, b) => a - b));
    for (const d of f.domains) expect(d.questions.length, d.id).toBeGreaterThanOrEqual(2);
    expect(f.sources.length).toBeGreaterThan(0);
    expect(f.licence).toBe('CC-BY-4.0');
  });
});

describe('trauma-informed-organisation', () => {
  it('has 40-60 questions in the five principles', async () => {
    const f = await bundled('trauma-informed-organisation');
    expect(f.questions.length).toBeGreaterThanOrEqual(40);
    expect(f.questions.length).toBeLessThanOrEqual(60);
    expect(f.domains.map((d) => d.id)).toEqual([
      'safety',
      'trust',
      'collaboration',
      'empowerment',
      'culture',
    ]);
  });

  it('has eight areas, and every area has questions in every domain', async () => {
    const f = await bundled('trauma-informed-organisation');
    expect(f.areas.map((a) => a.id)).toEqual([
      'leadership',
      'policy',
      'environment',
      'involvement',
      'workforce',
      'delivery',
      'partnership',
      'monitoring',
    ]);
    const gaps = f.areas.flatMap((a) =>
      f.domains
        .filter((d) => !d.questions.some((q) => q.area === a.id))
        .map((d) => `${a.id} × ${d.id}`),
    );
    expect(gaps).toEqual([]);
    expect(f.questions.filter((q) => q.area === undefined)).toEqual([]);
  });

  it('asks staff, leadership and people with lived experience, and names the four stages', async () => {
    const f = await bundled('trauma-informed-organisation');
    expect(f.respondents.map((r) => r.id)).toEqual(['staff', 'leadership', 'lived-experience']);
    expect(f.stages.map((s) => s.id)).toEqual(['aware', 'sensitive', 'responsive', 'informed']);
    // Every role is asked something.
    for (const r of f.respondents) {
      expect(
        f.questions.some((q) => q.respondents === undefined || q.respondents.includes(r.id)),
        r.id,
      ).toBe(true);
    }
  });

  it('has its scales and stages in Welsh as well as English', async () => {
    const f = await bundled('trauma-informed-organisation');
    expect(f.language).toBe('en-GB');
    expect(f.partialLanguages).toEqual(['cy']);
    const texts = [
      ...Object.values(f.scales).flatMap((s) => [
        s.label,
        ...s.options.flatMap((o) => [o.label, o.description]),
      ]),
      ...f.stages.flatMap((s) => [s.label, s.description]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) {
      expect(typeof t === 'object' ? Object.keys(t).sort() : t).toEqual(['cy', 'en-GB']);
    }
  });
});

describe.each(['relationship-based-practice', 'meaningful-relationships'])('%s', (id) => {
  it('has 25-40 questions', async () => {
    const f = await bundled(id);
    expect(f.questions.length).toBeGreaterThanOrEqual(25);
    expect(f.questions.length).toBeLessThanOrEqual(40);
  });
});

it('relationship-based-practice covers its seven themes', async () => {
  const f = await bundled('relationship-based-practice');
  expect(f.domains.map((d) => d.id)).toEqual([
    'attunement',
    'reliability',
    'reflection',
    'power',
    'context',
    'creativity',
    'conditions',
  ]);
});

it('meaningful-relationships covers its eight themes', async () => {
  const f = await bundled('meaningful-relationships');
  expect(f.domains.map((d) => d.id)).toEqual([
    'trust',
    'compassion',
    'communication',
    'person-centred',
    'collaboration',
    'dignity',
    'emotional-support',
    'advocacy',
  ]);
});

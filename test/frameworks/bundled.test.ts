import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickText, type Framework } from '../../src/core/framework.js';
import type { Text } from '../../src/core/schema/common.js';
import { catalog } from '../../src/io/catalog.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT } from '../helpers.js';

/** The bundled frameworks: the counts and invariants the product promises. */
async function bundled(id: string): Promise<Framework> {
  const loaded = await new FrameworkLoader(ROOT).load(join('frameworks', `${id}.yaml`));
  // Strictly clean: not even a warning.
  expect(loaded.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([]);
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
  it('every question has help; every scored one actions, and evidence unless only people who use the service answer it', async () => {
    const f = await bundled(id);
    const lived = new Set(f.respondents.filter((r) => r.livedExperience).map((r) => r.id));
    const onlyLived = (q: Framework['questions'][number]): boolean =>
      q.respondents !== undefined && q.respondents.every((r) => lived.has(r));
    const lacking = f.questions
      .filter(
        (q) =>
          q.help === undefined ||
          (q.scored && q.actions.length === 0) ||
          (q.scored && !onlyLived(q) && q.evidence.length === 0),
      )
      .map((q) => q.id);
    expect(lacking).toEqual([]);
    // A gate question decides what else is asked; it is never scored, so it suggests nothing.
    expect(f.questions.filter((q) => !q.scored && q.actions.length > 0).map((q) => q.id)).toEqual(
      [],
    );
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
  it('has 50-65 scored questions and one premises gate, in the five principles', async () => {
    const f = await bundled('trauma-informed-organisation');
    const scored = f.questions.filter((q) => q.scored);
    expect(scored.length).toBeGreaterThanOrEqual(50);
    expect(scored.length).toBeLessThanOrEqual(65);
    expect(f.questions.filter((q) => !q.scored).map((q) => q.id)).toEqual([
      'safety-environment-premises',
    ]);
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
        .filter((d) => !d.questions.some((q) => q.scored && q.area === a.id))
        .map((d) => `${a.id} × ${d.id}`),
    );
    expect(gaps).toEqual([]);
    expect(f.questions.filter((q) => q.area === undefined)).toEqual([]);
  });

  it('asks staff, leadership and people with lived experience, and names the four stages', async () => {
    const f = await bundled('trauma-informed-organisation');
    expect(f.respondents.map((r) => r.id)).toEqual(['staff', 'leadership', 'lived-experience']);
    expect(f.respondents.filter((r) => r.livedExperience).map((r) => r.id)).toEqual([
      'lived-experience',
    ]);
    expect(f.stages.map((s) => s.id)).toEqual(['aware', 'sensitive', 'responsive', 'informed']);
    // Missouri's top stage is not reached by answering "Mostly in place" (75) everywhere.
    expect(f.stages.map((s) => s.from)).toEqual([0, 25, 50, 85]);
    // Every role is asked something.
    for (const r of f.respondents) {
      expect(
        f.questions.some((q) => q.respondents === undefined || q.respondents.includes(r.id)),
        r.id,
      ).toBe(true);
    }
  });

  it('is complete in Welsh, so that --lang cy shows every text in Welsh', async () => {
    // Every text has cy (test/frameworks/languages.test.ts names any that lacks it).
    const f = await bundled('trauma-informed-organisation');
    expect(f.language).toBe('en-GB');
    expect(f.partialLanguages).toEqual([]);
    const texts: Text[] = [
      f.title,
      ...f.respondents.map((r) => r.label),
      ...Object.values(f.scales).flatMap((s) => s.options.map((o) => o.label)),
      ...f.stages.map((s) => s.label),
      ...f.domains.map((d) => d.title),
      ...f.questions.flatMap((q) => [q.text, ...q.actions.map((a) => a.text)]),
    ];
    expect(texts.filter((t) => typeof t === 'string' || t.cy === undefined)).toEqual([]);
    expect(pickText(f.title, 'cy', f.language)).toBe("Hunanwiriad gwaith sy'n ystyriol o drawma");
  });
});

describe.each(['meaningful-relationships'])('%s', (id) => {
  it('has 25-45 questions', async () => {
    const f = await bundled(id);
    expect(f.questions.length).toBeGreaterThanOrEqual(25);
    expect(f.questions.length).toBeLessThanOrEqual(45);
  });
});

describe('relationship-based-practice', () => {
  it('covers its seven themes in 35-45 questions', async () => {
    const f = await bundled('relationship-based-practice');
    expect(f.version).toBe('2.0.0');
    expect(f.questions.length).toBeGreaterThanOrEqual(35);
    expect(f.questions.length).toBeLessThanOrEqual(45);
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

  it('has six areas, each with scored questions, and every scored question in one', async () => {
    const f = await bundled('relationship-based-practice');
    expect(f.areas.map((a) => a.id)).toEqual([
      'leadership',
      'workforce',
      'delivery',
      'involvement',
      'partnership',
      'monitoring',
    ]);
    const scored = f.questions.filter((q) => q.scored);
    expect(scored.filter((q) => q.area === undefined).map((q) => q.id)).toEqual([]);
    for (const a of f.areas) expect(scored.some((q) => q.area === a.id), a.id).toBe(true);
  });

  it('keeps its three roles, asks people who use the service in their own words, and names no stage like an answer', async () => {
    const f = await bundled('relationship-based-practice');
    expect(f.respondents.map((r) => [r.id, r.livedExperience === true])).toEqual([
      ['practitioner', false],
      ['leadership', false],
      ['people-supported', true],
    ]);
    const theirs = f.questions.filter(
      (q) => q.respondents === undefined || q.respondents.includes('people-supported'),
    );
    expect(theirs.length).toBeGreaterThanOrEqual(15);
    // Shared questions carry their wording; the rest are written for them alone.
    const unworded = theirs.filter(
      (q) => q.respondents?.length !== 1 && !q.wording.has('people-supported'),
    );
    expect(unworded.map((q) => q.id)).toEqual([]);
    const plain = (t: Text): string => pickText(t, undefined, f.language).toLowerCase();
    const labels = new Set(Object.values(f.scales).flatMap((s) => s.options.map((o) => plain(o.label))));
    for (const s of f.stages) {
      expect(labels.has(plain(s.label)), s.id).toBe(false);
      expect(labels.has(s.id), s.id).toBe(false);
    }
    // The top stage is not reached by answering "Mostly in place" (75) everywhere.
    expect(f.stages.at(-1)?.from).toBeGreaterThan(75);
  });

  it('gives every scored question a next step below 50 and below 75, each with an owner, a time frame and a check', async () => {
    const f = await bundled('relationship-based-practice');
    const lacking = f.questions
      .filter((q) => q.scored)
      .filter(
        (q) =>
          !q.actions.some((a) => a.below === 50) ||
          !q.actions.some((a) => a.below === 75) ||
          q.actions.some((a) => !a.owner || !a.months || !a.check),
      )
      .map((q) => q.id);
    expect(lacking).toEqual([]);
  });
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

describe('meaningful-relationships', () => {
  const askedOf = (f: Framework, role: string) =>
    f.questions.filter((q) => q.respondents === undefined || q.respondents.includes(role));

  it('asks people who get support and their families apart, each in words written for them', async () => {
    const f = await bundled('meaningful-relationships');
    expect(f.respondents.map((r) => [r.id, r.livedExperience === true])).toEqual([
      ['staff', false],
      ['leadership', false],
      ['people-supported', true],
      ['families', true],
    ]);
    for (const role of ['people-supported', 'families']) {
      const asked = askedOf(f, role);
      expect(asked.length, role).toBeGreaterThanOrEqual(15);
      const unworded = asked.filter((q) => {
        const w = q.wording.get(role);
        return w?.text === undefined || w.help === undefined;
      });
      expect(unworded.map((q) => q.id)).toEqual([]);
      // Every question they see is also asked of staff, so perception gaps can show.
      expect(asked.filter((q) => !askedOf(f, 'staff').includes(q)).map((q) => q.id)).toEqual([]);
    }
    for (const r of f.respondents) {
      expect(r.intro, r.id).toBeDefined();
      expect(r.closing, r.id).toBeDefined();
    }
    expect(f.support).toBeDefined();
  });

  it('has six areas, each with questions, and puts every question in one', async () => {
    const f = await bundled('meaningful-relationships');
    expect(f.areas.map((a) => a.id)).toEqual([
      'leadership',
      'workforce',
      'daily-care',
      'involvement',
      'partnership',
      'monitoring',
    ]);
    expect(f.questions.filter((q) => q.area === undefined).map((q) => q.id)).toEqual([]);
    for (const a of f.areas) expect(f.questions.some((q) => q.area === a.id), a.id).toBe(true);
  });

  it('gives a next step for every score below 75, with an owner, a time frame and a check', async () => {
    const f = await bundled('meaningful-relationships');
    for (const q of f.questions) {
      expect(q.actions.map((a) => a.below).sort((a, b) => a - b), q.id).toEqual([50, 75]);
      for (const a of q.actions) {
        expect(a.owner, q.id).toBeDefined();
        expect(a.check, q.id).toBeDefined();
        expect(a.months, q.id).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('names no stage like an answer, and keeps the top stage for mostly full answers', async () => {
    const f = await bundled('meaningful-relationships');
    const en = (t: Text) => (typeof t === 'string' ? t : (t['en-GB'] ?? '')).toLowerCase();
    const labels = Object.values(f.scales).flatMap((s) => s.options.map((o) => en(o.label)));
    for (const s of f.stages) {
      expect(labels, s.id).not.toContain(en(s.label));
      expect(labels, s.id).not.toContain(s.id);
    }
    // Answering "mostly in place" everywhere scores 75: that must not reach the top stage.
    expect(f.stages.at(-1)?.from).toBeGreaterThan(75);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../src/core/check-framework.js';
import { normalise, type Framework, type Question } from '../../src/core/framework.js';
import { languagesOf, matchLanguage } from '../../src/core/languages.js';
import { resolvedDoc } from '../../src/core/resolved.js';
import { frameworkSchema } from '../../src/core/schema/framework.js';
import { forEachText } from '../../src/core/texts.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT } from '../helpers.js';

async function load(file: string): Promise<Framework> {
  const loaded = await new FrameworkLoader(ROOT).load(file);
  if (!loaded.framework) throw new Error(`${file} did not load`);
  return loaded.framework;
}

const FILES = [
  'frameworks/trauma-informed-organisation.yaml',
  'frameworks/relationship-based-practice.yaml',
  'frameworks/meaningful-relationships.yaml',
  'test/fixtures/frameworks/small.yaml',
  'test/fixtures/frameworks/extends-add.yaml',
  'test/fixtures/frameworks/extends-chain.yaml',
  'test/fixtures/frameworks/extends-language.yaml',
];

describe('the resolved framework (attune show --format json)', () => {
  it.each(FILES)('%s: is a framework again, clean, and means the same', async (file) => {
    const f = await load(file);
    const doc = resolvedDoc(f);
    // Through JSON, as another tool would read it.
    const json: unknown = JSON.parse(JSON.stringify(doc));
    const parsed = frameworkSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(checkFramework(json as typeof doc)).toEqual([]);
    // Read back, it is the same framework, with the roles of each question written out.
    const again = normalise(json as typeof doc);
    const roles = f.respondents.map((r) => r.id);
    const filled = (q: Question) => ({
      ...q,
      respondents: q.respondents ?? (roles.length > 0 ? roles : undefined),
    });
    expect(again.questions).toEqual(f.questions.map(filled));
    const shape = (x: Framework) => ({
      ...x,
      questions: null,
      questionById: [...x.questionById.keys()],
      domains: x.domains.map((d) => ({ ...d, questions: d.questions.map((q) => q.id) })),
    });
    expect(shape(again)).toEqual(shape(f));
    // And resolving it again changes nothing.
    expect(JSON.parse(JSON.stringify(resolvedDoc(again)))).toEqual(json);
  });

  it('writes out every default, and leaves out extends and remove', async () => {
    const doc = resolvedDoc(await load('test/fixtures/frameworks/extends-chain.yaml'));
    expect(doc).not.toHaveProperty('extends');
    expect(doc).not.toHaveProperty('remove');
    expect(doc.language).toBe('en-GB');
    const q = doc.domains[1]?.questions[0];
    expect(q).toMatchObject({
      id: 'trust-explain-decisions',
      scale: 'practice',
      weight: 1,
      reverse: false,
      respondents: ['staff', 'leadership', 'lived-experience'],
    });
    expect(q?.actions?.map((a) => a.priority)).toEqual(['high', 'low']);
    expect(doc.scales['yes-no']?.allow).toEqual(['dont-know']);
  });

  it('keeps every language without --lang, and one with it', async () => {
    const f = await load('test/fixtures/frameworks/extends-language.yaml');
    const whole = resolvedDoc(f);
    expect(whole.title).toEqual({
      'en-GB': 'A small example framework',
      cy: 'Fframwaith enghreifftiol bach',
    });
    expect(whole.partialLanguages).toEqual(['cy']);

    const cy = resolvedDoc(f, 'cy');
    expect(cy.language).toBe('cy');
    expect(cy.partialLanguages).toBeUndefined();
    expect(cy.title).toBe('Fframwaith enghreifftiol bach');
    expect(cy.domains[0]?.title).toBe('Diogelwch');
    // Untranslated texts fall back to the framework's language.
    expect(cy.domains[1]?.title).toBe('Trustworthiness and transparency');
    expect(cy.stages.map((s) => s.label)).toEqual([
      'Ymwybodol o drawma',
      'Trauma sensitive',
      'Trauma responsive',
      "Wedi'i lywio gan drawma",
    ]);
    let maps = 0;
    forEachText(cy, (t) => (maps += typeof t === 'string' ? 0 : 1));
    expect(maps).toBe(0);

    // A regional tag finds the language; one the framework lacks leaves it in its own.
    expect(resolvedDoc(f, 'cy-GB').title).toBe('Fframwaith enghreifftiol bach');
    expect(resolvedDoc(f, 'cy-GB').language).toBe('cy');
    const fr = resolvedDoc(f, 'fr');
    expect(fr.language).toBe('en-GB');
    expect(fr.title).toBe('A small example framework');
  });
});

describe('languages', () => {
  it('lists the languages a framework has text in, its own first', async () => {
    const tio = resolvedDoc(await load('frameworks/trauma-informed-organisation.yaml'));
    expect(languagesOf(tio)).toEqual(['en-GB', 'cy']);
    const rbp = resolvedDoc(await load('frameworks/relationship-based-practice.yaml'));
    expect(languagesOf(rbp)).toEqual(['en-GB']);
  });

  it.each([
    [['en-GB', 'cy'], 'cy', 'cy'],
    [['en-GB', 'cy'], 'cy-GB', 'cy'],
    [['en-GB', 'cy-GB'], 'cy', 'cy-GB'],
    [['en-GB', 'cy'], 'en', 'en-GB'],
    [['en-GB', 'cy'], 'fr', undefined],
    [['en-GB'], 'en-US', 'en-GB'],
  ] as const)('matchLanguage(%j, %s) is %s', (available, lang, expected) => {
    expect(matchLanguage(available, lang)).toBe(expected);
  });
});

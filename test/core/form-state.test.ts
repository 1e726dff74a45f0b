import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { embeddedJson, formModel, formQuestions } from '../../src/core/form-model.js';
import {
  answersDoc,
  newState,
  progressOf,
  restoreState,
  visibleSet,
  withChoice,
  withNote,
  withRole,
  type Choice,
  type FormState,
} from '../../src/core/form-state.js';
import { answersSchema } from '../../src/core/schema/answers.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';

const loader = new FrameworkLoader(ROOT);
const small = await loader.require(join(FIXTURES, 'frameworks/small.yaml'));
const bundled = await loader.require('trauma-informed-organisation');
const model = formModel(small);
const NOW = new Date('2026-11-22T10:40:00.123Z');

/** Applies choices in order, as a person clicking through the form would. */
function choose(state: FormState, ...choices: [string, Choice | undefined][]): FormState {
  return choices.reduce((s, [id, c]) => withChoice(model, s, id, c).state, state);
}

describe('formModel', () => {
  it('keeps what the form needs, in the framework language', () => {
    expect(model.framework).toEqual({
      id: 'small-example',
      version: '1.0.0',
      title: { text: 'A small example framework', lang: 'en-GB' },
      summary: {
        text: "Two domains and a handful of questions, used by attune's tests.",
        lang: 'en-GB',
      },
    });
    expect(model.storageKey).toBe('attune-form:small-example@1.0.0');
    expect(formQuestions(model).map((q) => q.id)).toEqual([
      'safety-first-contact',
      'safety-premises',
      'safety-quiet-space',
      'trust-explain-decisions',
      'trust-board-reports',
    ]);
    expect(model.scales['yes-no']?.allow).toEqual(['dont-know']);
    expect(JSON.stringify(model)).not.toMatch(/actions|weight|reverse|below/);
  });

  it('with a role, keeps only that role’s questions, and its own storage key', () => {
    const m = formModel(small, { role: 'leadership' });
    expect(m.fixedRole).toBe('leadership');
    expect(m.storageKey).toBe('attune-form:small-example@1.0.0:leadership');
    expect(formQuestions(m).map((q) => q.id)).not.toContain('safety-quiet-space');
  });

  it('refuses a role the framework does not have', () => {
    expect(() => formModel(small, { role: 'visitor' })).toThrow(
      "--role visitor: not one of small-example's roles (staff, leadership, lived-experience)",
    );
  });

  it('with --lang, shows each text in that language where there is one, and says which', () => {
    const cy = formModel(bundled, { lang: 'cy' });
    expect(cy.lang).toBe('cy');
    expect(cy.scales.practice?.options[0]?.label).toEqual({ text: 'Heb ei sefydlu', lang: 'cy' });
    // The bundled framework is complete in Welsh: its questions are in Welsh too.
    expect(formQuestions(cy)[0]?.text.lang).toBe('cy');
    // A text with no Welsh is shown, and marked, in English.
    const partial = structuredClone(bundled);
    const first = partial.questions[0];
    if (!first || typeof first.text === 'string') throw new Error('expected a text map');
    first.text = first.text['en-GB'] ?? '';
    expect(formQuestions(formModel(partial, { lang: 'cy' }))[0]?.text).toEqual({
      text: first.text,
      lang: 'en-GB',
    });
    expect(formModel(bundled).scales.practice?.options[0]?.label).toEqual({
      text: 'Not in place',
      lang: 'en-GB',
    });
    // A language the framework does not have at all: nothing recorded.
    expect(formModel(bundled, { lang: 'fr' }).lang).toBeUndefined();
    expect(formModel(bundled, { lang: 'cy-GB' }).scales.practice?.label?.lang).toBe('cy');
  });

  it('embeds as JSON that cannot close its script element', () => {
    const value = { text: '</script><!-- <img src=x> & \u2028' };
    const json = embeddedJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('form state', () => {
  it('shows a follow-up question once its condition holds, and drops its answer when not', () => {
    let s = withRole(model, newState(), 'staff').state;
    expect(visibleSet(model, s).has('safety-quiet-space')).toBe(false);
    const shown = withChoice(model, s, 'safety-premises', 1);
    expect(shown.shown).toEqual(['safety-quiet-space']);
    s = choose(shown.state, ['safety-quiet-space', 2]);
    s = withNote(s, 'safety-quiet-space', 'The room is often locked.');
    const hidden = withChoice(model, s, 'safety-premises', 0);
    expect(hidden.hidden).toEqual(['safety-quiet-space']);
    expect(hidden.state.answers).toEqual({ 'safety-premises': { value: 0 } });
  });

  it('a change of role drops the answers to questions the new role is not asked', () => {
    let s = withRole(model, newState(), 'staff').state;
    s = choose(s, ['safety-premises', 1], ['safety-quiet-space', 3]);
    const settled = withRole(model, s, 'leadership');
    expect(settled.hidden).toEqual(['safety-quiet-space']);
    expect(settled.shown).toEqual(['trust-board-reports']);
    expect(Object.keys(settled.state.answers)).toEqual(['safety-premises']);
  });

  it('skipping clears the value but keeps the note; answering clears the skip', () => {
    let s = choose(newState(), ['safety-first-contact', 2]);
    s = withNote(s, 'safety-first-contact', 'Some words.');
    s = choose(s, ['safety-first-contact', 'skip']);
    expect(s.answers['safety-first-contact']).toEqual({ note: 'Some words.' });
    expect(s.skipped).toEqual(['safety-first-contact']);
    s = choose(s, ['safety-first-contact', 'dont-know']);
    expect(s.skipped).toEqual([]);
    expect(withNote(s, 'safety-first-contact', '   ').answers['safety-first-contact']).toEqual({
      value: 'dont-know',
    });
  });

  it('counts progress over the questions shown', () => {
    const s = choose(
      withRole(model, newState(), 'staff').state,
      ['safety-premises', 1],
      ['safety-first-contact', 'skip'],
    );
    expect(progressOf(model, s)).toEqual({ total: 4, answered: 1, skipped: 1 });
  });

  it('saves the answers file assess writes: completed, framework id and version, no name', () => {
    let s = withRole(model, newState(), 'staff').state;
    s = { ...s, workshop: true, unit: '  Northside  ', started: '2026-11-22T10:00:00Z' };
    s = choose(s, ['safety-first-contact', 'skip'], ['safety-premises', 1]);
    s = withNote(s, 'safety-premises', '  Two sites.  ');
    const doc = answersDoc(formModel(small, { lang: 'en-GB' }), s, NOW);
    expect(doc).toEqual({
      attune: 1,
      framework: { id: 'small-example', version: '1.0.0' },
      respondent: { role: 'staff', workshop: true },
      unit: 'Northside',
      lang: 'en-GB',
      status: 'completed',
      started: '2026-11-22T10:00:00Z',
      updated: '2026-11-22T10:40:00Z',
      skipped: ['safety-first-contact'],
      answers: { 'safety-premises': { value: 1, note: 'Two sites.' } },
    });
    expect(answersSchema.safeParse(doc).success).toBe(true);
    expect(checkAnswers(small, doc)).toEqual([]);
  });

  it('whatever is chosen, in whatever order, the saved file fits the framework', () => {
    const ids = formQuestions(model).map((q) => q.id);
    const choice = fc.oneof(
      fc.constantFrom<Choice>(0, 1, 2, 3, 4, 'not-applicable', 'dont-know', 'skip'),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('staff', 'leadership', 'lived-experience'), { nil: undefined }),
        fc.array(fc.tuple(fc.constantFrom(...ids), choice, fc.option(fc.string()))),
        (role, steps) => {
          let s = withRole(model, newState(), role).state;
          for (const [id, c, note] of steps) {
            const q = formQuestions(model).find((x) => x.id === id);
            const scale = model.scales[q?.scale ?? ''];
            // The page only offers what the scale allows.
            const offered =
              c === undefined ||
              c === 'skip' ||
              (typeof c === 'number'
                ? scale?.options.some((o) => o.value === c)
                : scale?.allow.includes(c));
            if (offered && visibleSet(model, s).has(id)) s = withChoice(model, s, id, c).state;
            if (note !== null) s = withNote(s, id, note);
          }
          const doc = answersDoc(model, s, NOW);
          expect(answersSchema.safeParse(doc).success).toBe(true);
          expect(checkAnswers(small, doc)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('restoring what the browser kept', () => {
  it('gives back a saved state', () => {
    let s = withRole(model, newState(), 'staff').state;
    s = choose(s, ['safety-premises', 1], ['safety-quiet-space', 'not-applicable']);
    s = { ...s, unit: 'Northside', started: '2026-11-22T10:00:00Z', screen: 'domain:trust' };
    expect(restoreState(model, JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([
    ['nothing', undefined],
    ['text', 'hello'],
    ['a list', []],
    ['another version', { version: 2, answers: {} }],
  ])('refuses %s', (_name, stored) => {
    expect(restoreState(model, stored)).toBeUndefined();
  });

  it('leaves out whatever does not fit the form', () => {
    const restored = restoreState(model, {
      version: 1,
      screen: 'domain:no-such-domain',
      role: 'visitor',
      workshop: 'yes',
      unit: 'x'.repeat(300),
      started: 'yesterday',
      answers: JSON.parse(`{
        "no-such-question": { "value": 1 },
        "safety-premises": { "value": "not-applicable", "note": 42 },
        "safety-first-contact": { "value": 9, "note": "kept" },
        "trust-explain-decisions": { "value": "3" },
        "safety-quiet-space": { "value": 2 },
        "__proto__": { "value": 1 }
      }`) as unknown,
      skipped: ['trust-board-reports', 'nope', 7],
    });
    expect(restored).toEqual({
      version: 1,
      screen: 'start',
      workshop: false,
      unit: 'x'.repeat(200),
      answers: {
        'safety-first-contact': { note: 'kept' },
        'trust-explain-decisions': { value: 3 },
      },
      skipped: ['trust-board-reports'],
    });
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  askedOf,
  pickText,
  wordingFor,
  type Framework,
  type Question,
  type Role,
} from '../../src/core/framework.js';
import type { Text } from '../../src/core/schema/common.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT } from '../helpers.js';
import { readingEase } from './readability.js';

/**
 * What every bundled framework promises the services that use it, beyond a clean `validate
 * --strict` (test/frameworks/bundled.test.ts): a next step for every score below 75, actions a
 * small service can own and check, plain words for the people who use the service, a kind start
 * and end, honest scales and stages, areas, and a usable size. Each test names every question
 * or text that fails, so that a content change shows exactly what to fix.
 */

const IDS = readdirSync(join(ROOT, 'frameworks'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

/** Frameworks whose families and carers answer as a role of their own, in words written for them. */
const FAMILY_ROLE: Record<string, string> = { 'meaningful-relationships': 'families' };

/** At most this many scored questions: the bundled frameworks must stay usable in one sitting. */
const MAX_QUESTIONS: Record<string, number> = { 'trauma-informed-organisation': 65 };
const DEFAULT_MAX_QUESTIONS = 45;

/** Roles that a small charity may not have; an action's owner names a role every service has. */
const DEPARTMENTS =
  /\b(HR|human resources|department|facilities|information governance|finance (director|team|lead)|quality (lead|team)|operations lead|learning and development|comms team|communications team)\b/i;
/** A check the team can repeat names how often or when, and what to look at or ask. */
const CHECK_WHEN = /\b(each|every|again|after|before|later|once a|twice a|for (three|six|the next))\b/i;
// "Read ten care notes" is how most checks of records are done in a small service, and says what to
// look at as plainly as "look at" does; CHECK_WHEN still requires it to say when it is repeated.
const CHECK_HOW = /\b(ask|count|look at|read|compare|check|note|repeat)\b/i;
/** An action mainly about training; none may be training alone. */
const TRAINING = /\b(train(ing|ed)?|course|e-learning|induction|workshop)\b/i;
/** What a training action must go on to say: what changes in practice afterwards. */
const AFTER_TRAINING = /\b(after|afterwards|then)\b/i;
/** Words that judge people rather than describe practice. */
const JUDGEMENTAL =
  /\b(chaotic|manipulativ\w*|attention[- ]seeking|non[- ]?complian\w*|hard[- ]to[- ]reach|difficult (people|clients)|challenging (people|clients)|frequent flyers?)\b/i;
/** Things people who use a service cannot see, and so cannot be asked to rate. */
const CANNOT_SEE =
  /\b(board|trustees?|policy|policies|records?|supervision|supervisors?|budget|rotas?|recruitment)\b/i;
/** Help for people who use the service never assumes they have lived through trauma. */
const ASSUMES_TRAUMA =
  /\b(trauma\w*|abuse\w*|been through|happened to you|past harm|your past|survivors?|re-?traumati\w*|triggers?)\b/i;

async function load(id: string): Promise<Framework> {
  const loaded = await new FrameworkLoader(ROOT).load(join('frameworks', `${id}.yaml`));
  if (!loaded.framework) throw new Error(`${id} did not load`);
  return loaded.framework;
}

const en = (f: Framework, t: Text | undefined): string =>
  t === undefined ? '' : pickText(t, f.language, f.language);

const scored = (f: Framework): Question[] => f.questions.filter((q) => q.scored);
const livedRoles = (f: Framework): Role[] => f.respondents.filter((r) => r.livedExperience);
const hasQuestions = (f: Framework, role: Role): boolean =>
  f.questions.some((q) => askedOf(q, role.id));

/** Every text a role of people who use the service reads, named by where it comes from. */
function textsFor(f: Framework, role: Role): [string, string][] {
  const asked = f.questions.filter((q) => askedOf(q, role.id));
  const scales = [...new Set(asked.map((q) => q.scale))];
  const texts: [string, Text | undefined][] = [
    ['title', f.title],
    ['summary', f.summary],
    ['support', f.support],
    [`${role.id}.label`, role.label],
    [`${role.id}.description`, role.description],
    [`${role.id}.intro`, role.intro ?? f.intro],
    [`${role.id}.closing`, role.closing ?? f.closing],
    ...scales.flatMap((s): [string, Text | undefined][] => [
      [`scale ${s.id}.label`, s.label],
      // An option is read as its label with its description below it; a one-word label has no
      // sentence for the formula to measure on its own.
      ...s.options.map((o): [string, Text] => [
        `scale ${s.id}.${String(o.value)}`,
        o.description === undefined
          ? o.label
          : `${en(f, o.label)}: ${en(f, o.description)}`,
      ]),
    ]),
    // The form shows each domain's summary above its questions (a title of a word or two has
    // no sentence for the formula to measure).
    ...f.domains
      .filter((d) => d.questions.some((q) => askedOf(q, role.id)))
      .map((d): [string, Text | undefined] => [`domain ${d.id}.summary`, d.summary]),
    ...asked.flatMap((q): [string, Text | undefined][] => {
      const w = wordingFor(q, role.id);
      return [
        [`${q.id}.text`, w.text],
        [`${q.id}.help`, w.help],
      ];
    }),
  ];
  return texts.filter((e): e is [string, Text] => e[1] !== undefined).map(([k, t]) => [k, en(f, t)]);
}

describe.each(IDS)('%s', (id) => {
  it('every scored question has help, evidence and a next step below 50 and below 75', async () => {
    const f = await load(id);
    const lived = new Set(livedRoles(f).map((r) => r.id));
    const failing = scored(f).flatMap((q) => {
      const onlyLived = q.respondents?.every((r) => lived.has(r)) === true;
      const lacks = [
        q.help === undefined && 'help',
        !onlyLived && q.evidence.length === 0 && 'evidence',
        onlyLived && q.evidence.length > 0 && 'an organisational evidence list shown only to people who use the service',
        !q.actions.some((a) => a.below <= 50) && 'an action with below: 50',
        !q.actions.some((a) => a.below > 50 && a.below <= 75) && 'an action with below: 75',
      ].filter((x): x is string => x !== false);
      return lacks.length ? [`${q.id}: ${lacks.join(', ')}`] : [];
    });
    expect(failing).toEqual([]);
  });

  it('every action says what changes, who leads it, by when and how the team will know', async () => {
    const f = await load(id);
    const failing = scored(f).flatMap((q) =>
      q.actions.flatMap((a, i) => {
        const owner = en(f, a.owner);
        const check = en(f, a.check);
        const wrong = [
          en(f, a.text).length < 40 && 'text too short to say what changes',
          owner === '' && 'no owner',
          DEPARTMENTS.test(owner) && `owner "${owner}" is a department a small service may lack`,
          a.months === undefined && 'no months',
          check === '' && 'no check',
          check !== '' &&
            !(CHECK_WHEN.test(check) && CHECK_HOW.test(check)) &&
            `check "${check}" does not say what to look at or ask, and when`,
        ].filter((x): x is string => x !== false);
        return wrong.length ? [`${q.id} action ${String(i + 1)}: ${wrong.join('; ')}`] : [];
      }),
    );
    expect(failing).toEqual([]);
  });

  it('training is not the default fix, and never the fix alone', async () => {
    const f = await load(id);
    const actions = scored(f).flatMap((q) => q.actions.map((a) => ({ q: q.id, text: en(f, a.text) })));
    const training = actions.filter((a) => TRAINING.test(a.text));
    expect(training.length, training.map((a) => a.q).join(', ')).toBeLessThanOrEqual(
      Math.floor(actions.length / 6),
    );
    expect(
      training.filter((a) => !AFTER_TRAINING.test(a.text)).map((a) => `${a.q}: ${a.text}`),
    ).toEqual([]);
  });

  it('no text judges the people a service works with', async () => {
    const f = await load(id);
    const failing = f.questions.flatMap((q) => {
      const texts: [string, Text | undefined][] = [
        ['text', q.text],
        ['help', q.help],
        ...[...q.wording].flatMap(([role, w]): [string, Text | undefined][] => [
          [`${role}.text`, w.text],
          [`${role}.help`, w.help],
        ]),
      ];
      return texts.filter(([, t]) => JUDGEMENTAL.test(en(f, t))).map(([k]) => `${q.id}.${k}`);
    });
    expect(failing).toEqual([]);
  });

  it('has a role for people who use the service, and they read plain words (reading ease 70+)', async () => {
    const f = await load(id);
    const roles = livedRoles(f).filter((r) => hasQuestions(f, r));
    expect(roles.map((r) => r.id)).not.toEqual([]);
    const failing = roles.flatMap((r) =>
      textsFor(f, r)
        .map(([where, text]) => [where, readingEase(text)] as const)
        .filter(([, score]) => score < 70)
        .map(([where, score]) => `${r.id} reads ${where}: ${score.toFixed(1)}`),
    );
    expect(failing).toEqual([]);
  });

  it('asks people who use the service, in the "you" voice, only what they can see, without assuming trauma', async () => {
    const f = await load(id);
    const failing = livedRoles(f).flatMap((r) =>
      f.questions
        .filter((q) => askedOf(q, r.id))
        .flatMap((q) => {
          const w = wordingFor(q, r.id);
          const text = en(f, w.text);
          const help = en(f, w.help);
          const wrong = [
            !/\byou(r|rs|rself)?\b/i.test(text) && 'not in the "you" voice',
            CANNOT_SEE.test(text) && `asks about something they cannot see ("${CANNOT_SEE.exec(text)?.[0] ?? ''}")`,
            ASSUMES_TRAUMA.test(help) && `help assumes trauma ("${ASSUMES_TRAUMA.exec(help)?.[0] ?? ''}")`,
          ].filter((x): x is string => x !== false);
          return wrong.length ? [`${r.id} ${q.id}: ${wrong.join('; ')}`] : [];
        }),
    );
    expect(failing).toEqual([]);
  });

  it('gives every role of people who use the service its own words for the questions it shares with staff', async () => {
    const f = await load(id);
    const staffRoles = f.respondents.filter((r) => !r.livedExperience).map((r) => r.id);
    const failing = livedRoles(f).flatMap((r) =>
      f.questions
        .filter((q) => askedOf(q, r.id) && staffRoles.some((s) => askedOf(q, s)))
        .filter((q) => q.wording.get(r.id)?.text === undefined)
        .map((q) => `${r.id} ${q.id}: reads the staff wording`),
    );
    expect(failing).toEqual([]);
    const family = FAMILY_ROLE[id];
    if (family !== undefined) {
      const role = f.respondents.find((r) => r.id === family);
      expect(role?.livedExperience, `${family} is a role of people who use the service`).toBe(true);
      expect(role && hasQuestions(f, role)).toBe(true);
    }
  });

  it('opens and closes kindly for every role, and says where to find support', async () => {
    const f = await load(id);
    const roles = f.respondents.filter((r) => hasQuestions(f, r));
    const intros: [string, string][] = [
      ['everyone', en(f, f.intro)],
      ...roles.map((r): [string, string] => [r.id, en(f, r.intro)]),
    ];
    const closings: [string, string][] = [
      ['everyone', en(f, f.closing)],
      ...roles.map((r): [string, string] => [r.id, en(f, r.closing)]),
    ];
    const missing = [
      ...intros.flatMap(([who, t]) => {
        const lacks = [
          t === '' && 'no intro',
          t !== '' && !/\bnames?\b/i.test(t) && 'who sees what (no names)',
          t !== '' && !/not (affect|change)/i.test(t) && 'that taking part or not affects nothing',
          t !== '' && !/\bskip\b/i.test(t) && 'that any question can be skipped',
          t !== '' && !/\bstop\b/i.test(t) && 'that one can stop at any time',
          t !== '' && !/\b(safe|safety|restraint|hard|difficult|distress\w*)\b/i.test(t) && 'a content note',
          /\b\d+\s*(minutes?|mins?)\b/i.test(t) && 'a time estimate (attune works it out)',
        ].filter((x): x is string => x !== false);
        return lacks.length ? [`intro for ${who}: ${lacks.join(', ')}`] : [];
      }),
      ...closings
        .filter(([, t]) => !/\bthank/i.test(t))
        .map(([who]) => `closing for ${who}: no thank-you`),
    ];
    const support = en(f, f.support);
    for (const needed of ['999', '116 123', 'Samaritans'])
      if (!support.includes(needed)) missing.push(`support: does not mention ${needed}`);
    expect(missing).toEqual([]);
  });

  it('scales are honest: distinct options, yes/no for facts, stages unlike answers, a top stage above "mostly"', async () => {
    const f = await load(id);
    const problems: string[] = [];
    const answerLabels = new Set<string>();
    for (const s of Object.values(f.scales)) {
      const labels = s.options.map((o) => en(f, o.label).toLowerCase());
      const descriptions = s.options.map((o) => en(f, o.description).toLowerCase());
      labels.forEach((l) => answerLabels.add(l));
      if (new Set(labels).size !== labels.length) problems.push(`scale ${s.id}: labels repeat`);
      if (new Set(descriptions).size !== descriptions.length)
        problems.push(`scale ${s.id}: descriptions repeat`);
      if (
        s.options.length === 2 &&
        (labels.join('/') !== 'no/yes' || s.options.map((o) => o.value).join('/') !== '0/1')
      )
        problems.push(`scale ${s.id}: a two-option scale is No (0) / Yes (1)`);
    }
    for (const st of f.stages) {
      for (const name of [st.id, en(f, st.label)])
        if (answerLabels.has(name.toLowerCase()))
          problems.push(`stage ${st.id}: "${name}" is also an answer`);
    }
    // Answering one step below the top everywhere must not reach the top stage.
    const nextBest = Math.max(
      ...Object.values(f.scales)
        .filter((s) => s.options.length > 2)
        .map((s) => {
          const values = s.options.map((o) => o.value).sort((a, b) => b - a);
          return (100 * ((values[1] ?? s.min) - s.min)) / (s.max - s.min);
        }),
    );
    const top = f.stages.at(-1);
    if (top && top.from <= nextBest)
      problems.push(
        `stage ${top.id} starts at ${String(top.from)}, reached by answering one step below the top everywhere (${String(nextBest)})`,
      );
    expect(problems).toEqual([]);
  });

  it('has areas, and every scored question belongs to one', async () => {
    const f = await load(id);
    expect(f.areas.length).toBeGreaterThan(0);
    expect(scored(f).filter((q) => q.area === undefined).map((q) => q.id)).toEqual([]);
  });

  it('stays a usable size', async () => {
    const f = await load(id);
    expect(scored(f).length).toBeLessThanOrEqual(MAX_QUESTIONS[id] ?? DEFAULT_MAX_QUESTIONS);
  });
});

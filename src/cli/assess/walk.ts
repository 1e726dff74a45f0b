import { pickText, type Framework, type Question } from '../../core/framework.js';
import type { AnswersDoc } from '../../core/schema/answers.js';
import type { AnswerValue, Text } from '../../core/schema/common.js';
import {
  answerQuestion,
  nextAfter,
  noteQuestion,
  positionOf,
  previousBefore,
  resumePoint,
  shownQuestions,
  skipQuestion,
  statusOf,
  summarise,
  type Change,
} from '../../core/walk-plan.js';
import type { Asker, Choice, ChoicePrompt, Separator } from './asker.js';
import * as w from './wording.js';

/**
 * The walk-through: who is answering, then the questions domain by domain, then the review.
 * It decides what comes next (with src/core/walk-plan.ts), asks through the Asker, and saves
 * through `save` after every change, so that nothing given is ever lost.
 */

export interface WalkDeps {
  framework: Framework;
  asker: Asker;
  /** Saves the whole answers file (atomically); called after every change. */
  save: (doc: AnswersDoc) => Promise<void>;
  lang?: string;
}

export type WalkEnd = { end: 'completed' | 'paused'; doc: AnswersDoc };

export interface Who {
  role?: string;
  workshop: boolean;
  unit?: string;
}

/** What can be done at a question. */
export type QuestionAction =
  | { type: 'answer'; value: AnswerValue }
  | { type: 'help' }
  | { type: 'note' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'pause' };

export type ReviewAction =
  { type: 'finish' } | { type: 'open' } | { type: 'domain'; id: string } | { type: 'pause' };

/**
 * walk: every question in order; open: only the ones not answered or skipped yet; one: a single
 * question chosen in the review. The last two return to the review.
 */
type Mode = { type: 'walk' | 'open' | 'one'; question: Question } | { type: 'review' };

const texter =
  (framework: Framework, lang: string | undefined) =>
  (text: Text): string =>
    w.forTerminal(pickText(text, lang, framework.language));

/** Asks for the role, whether a group answers together, and the unit. Never a name. */
export async function askWho(deps: Pick<WalkDeps, 'framework' | 'asker' | 'lang'>): Promise<Who> {
  const { framework, asker } = deps;
  const t = texter(framework, deps.lang);
  let role: string | undefined;
  if (framework.respondents.length > 0) {
    const choice = await asker.choose<string | null>({
      kind: 'role',
      message: w.WORDS.roleMessage,
      choices: [
        ...framework.respondents.map((r) => ({
          value: r.id,
          label: t(r.label),
          ...(r.description !== undefined && { description: t(r.description) }),
        })),
        { value: null, label: w.WORDS.roleNone, description: w.WORDS.roleNoneHelp },
      ],
    });
    role = choice ?? undefined;
  }
  const workshop = await asker.choose<boolean>({
    kind: 'workshop',
    message: w.WORDS.workshopMessage,
    choices: [
      { value: false, label: w.WORDS.alone, description: w.WORDS.aloneHelp },
      { value: true, label: w.WORDS.group, description: w.WORDS.groupHelp },
    ],
  });
  const unit = (
    await asker.text({
      kind: 'unit',
      message: w.WORDS.unitMessage,
      check: (s) => (s.trim().length > 200 ? w.WORDS.unitTooLong : undefined),
    })
  ).trim();
  return { ...(role !== undefined && { role }), workshop, ...(unit && { unit }) };
}

/** A new answers document for the respondent, before any question is answered. */
export function newAnswers(framework: Framework, who: Who, now: Date, lang?: string): AnswersDoc {
  const stamp = isoSeconds(now);
  return {
    attune: 1,
    framework: { id: framework.id, version: framework.version },
    respondent: {
      ...(who.role !== undefined && { role: who.role }),
      ...(who.workshop && { workshop: true }),
    },
    ...(who.unit !== undefined && { unit: who.unit }),
    ...(lang !== undefined && { lang }),
    status: 'in-progress',
    started: stamp,
    updated: stamp,
    answers: {},
  };
}

export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Where a walk-through starts: the first question not yet answered or skipped, or the review. */
export function startMode(framework: Framework, doc: AnswersDoc): Mode {
  const at = resumePoint(shownQuestions(framework, doc), doc);
  return at ? { type: 'walk', question: at } : { type: 'review' };
}

export async function walkThrough(deps: WalkDeps, start: AnswersDoc): Promise<WalkEnd> {
  const { framework, asker, save } = deps;
  const t = texter(framework, deps.lang);
  let doc = start;

  const commit = async (next: AnswersDoc) => {
    doc = next.status === 'completed' ? { ...next, status: 'in-progress' } : next;
    await save(doc);
  };
  const settle = async (change: Change) => {
    await commit(change.doc);
    for (const q of change.dropped)
      asker.say(w.droppedNote(t(q.text), change.doc.answers[q.id]?.note !== undefined));
  };
  const valueLabel = (q: Question, value: AnswerValue) =>
    w.answerLabel(value, (n) => {
      const option = q.scale.options.find((o) => o.value === n);
      return option ? t(option.label) : String(n);
    });

  let mode = startMode(framework, doc);
  for (;;) {
    if (mode.type === 'review') {
      const action = await review();
      if (action.type === 'pause') return { end: 'paused', doc };
      if (action.type === 'finish') {
        doc = { ...doc, status: 'completed' };
        await save(doc);
        return { end: 'completed', doc };
      }
      if (action.type === 'open') {
        const at = resumePoint(shownQuestions(framework, doc), doc);
        if (at) mode = { type: 'open', question: at };
        continue;
      }
      const picked = await pickInDomain(action.id);
      if (picked) mode = { type: 'one', question: picked };
      continue;
    }

    const q = mode.question;
    const position = positionOf(framework, shownQuestions(framework, doc), q.id);
    if (!position) {
      // Hidden by a change made meanwhile: nothing to ask.
      mode = following(mode.type, q);
      continue;
    }
    const action = await askQuestion(q, w.heading(position, t(position.domain.title)), mode.type);
    switch (action.type) {
      case 'answer':
        await settle(answerQuestion(framework, doc, q.id, action.value));
        mode = following(mode.type, q);
        break;
      case 'skip':
        await settle(skipQuestion(framework, doc, q.id));
        mode = following(mode.type, q);
        break;
      case 'help':
        asker.say(w.helpText(q.help && t(q.help), q.evidence.map(t)));
        break;
      case 'note':
        await editNote(q);
        break;
      case 'back': {
        const previous =
          mode.type === 'walk' ? previousBefore(shownQuestions(framework, doc), q) : undefined;
        mode = previous ? { type: 'walk', question: previous } : { type: 'review' };
        break;
      }
      case 'pause':
        return { end: 'paused', doc };
    }
  }

  /** After a question: the next one in order, the next open one, or back to the review. */
  function following(type: 'walk' | 'open' | 'one', q: Question): Mode {
    const shown = shownQuestions(framework, doc);
    if (type === 'one') return { type: 'review' };
    const next =
      type === 'walk'
        ? nextAfter(shown, q)
        : shown.find((s) => s.index > q.index && statusOf(doc, s.id) === 'open');
    return next ? { type, question: next } : { type: 'review' };
  }

  async function askQuestion(
    q: Question,
    heading: string,
    type: 'walk' | 'open' | 'one',
  ): Promise<QuestionAction> {
    const current = doc.answers[q.id];
    const status = statusOf(doc, q.id);
    asker.say(
      w.questionScreen({
        heading,
        text: t(q.text),
        ...(current?.value !== undefined && { answer: valueLabel(q, current.value) }),
        skipped: status === 'skipped',
        ...(current?.note !== undefined && { note: current.note }),
      }),
    );
    const first =
      type === 'walk' && previousBefore(shownQuestions(framework, doc), q) === undefined;
    return asker.choose(questionPrompt(q, first, type !== 'walk'));
  }

  function questionPrompt(
    q: Question,
    first: boolean,
    toReview: boolean,
  ): ChoicePrompt<QuestionAction> {
    const current = doc.answers[q.id];
    const answers: Choice<QuestionAction>[] = [
      ...q.scale.options.map((o) => ({
        value: { type: 'answer' as const, value: o.value },
        label: t(o.label),
        ...(o.description !== undefined && { description: t(o.description) }),
        current: current?.value === o.value,
      })),
      ...(['dont-know', 'not-applicable'] as const)
        .filter((v) => q.scale.allow.includes(v))
        .map((v) => ({
          value: { type: 'answer' as const, value: v },
          label: valueLabel(q, v),
          description: v === 'dont-know' ? w.WORDS.dontKnowHelp : w.WORDS.notApplicableHelp,
          current: current?.value === v,
        })),
    ];
    const hasHelp = q.help !== undefined || q.evidence.length > 0;
    const actions: Choice<QuestionAction>[] = [
      {
        value: { type: 'help' },
        label: w.WORDS.help,
        description: w.WORDS.helpHelp,
        short: 'asked for help',
        ...(!hasHelp && { disabled: w.WORDS.noHelp }),
      },
      {
        value: { type: 'note' },
        label: current?.note === undefined ? w.WORDS.addNote : w.WORDS.changeNote,
        description: w.WORDS.noteHelp,
        short: 'a note',
      },
      {
        value: { type: 'skip' },
        label: current?.value === undefined ? w.WORDS.skip : w.WORDS.clearAndSkip,
        description: w.WORDS.skipHelp,
        short: 'skipped',
      },
      toReview
        ? { value: { type: 'back' }, label: w.WORDS.backToReview, short: 'went back to the review' }
        : {
            value: { type: 'back' },
            label: w.WORDS.back,
            short: 'went back',
            ...(first && { disabled: w.WORDS.firstQuestion }),
          },
      {
        value: { type: 'pause' },
        label: w.WORDS.pause,
        description: w.WORDS.pauseHelp,
        short: 'paused',
      },
    ];
    const separator: Separator = { separator: w.WORDS.otherChoices };
    return {
      kind: 'question',
      message: w.WORDS.answerMessage,
      choices: [...answers, separator, ...actions],
    };
  }

  async function editNote(q: Question): Promise<void> {
    const existing = doc.answers[q.id]?.note;
    const check = (s: string) => (s.trim().length > 10_000 ? w.WORDS.noteTooLong : undefined);
    if (existing === undefined) {
      const text = (await asker.text({ kind: 'note', message: w.WORDS.noteMessage, check })).trim();
      if (!text) return;
      await commit(noteQuestion(doc, q.id, text));
      asker.say(w.WORDS.noteSaved);
      return;
    }
    const choice = await asker.choose<'edit' | 'remove' | 'keep'>({
      kind: 'note',
      message: w.WORDS.noteActionMessage,
      choices: [
        { value: 'edit', label: w.WORDS.noteEdit },
        { value: 'remove', label: w.WORDS.noteRemove },
        { value: 'keep', label: w.WORDS.noteKeep },
      ],
    });
    if (choice === 'keep') return;
    if (choice === 'remove') {
      await commit(noteQuestion(doc, q.id, undefined));
      asker.say(w.WORDS.noteRemoved);
      return;
    }
    const text = (
      await asker.text({ kind: 'note', message: w.WORDS.noteEditMessage, initial: existing, check })
    ).trim();
    // An emptied note is kept: removing one is its own choice, so that nothing goes by accident.
    if (!text || text === existing) return;
    await commit(noteQuestion(doc, q.id, text));
    asker.say(w.WORDS.noteSaved);
  }

  async function review(): Promise<ReviewAction> {
    const domains = summarise(framework, doc);
    asker.say(
      w.reviewSummary(domains.map((d) => ({ title: t(d.domain.title), counts: w.counts(d) }))),
    );
    const open = domains.reduce((n, d) => n + d.open, 0);
    return asker.choose<ReviewAction>({
      kind: 'review',
      message: w.WORDS.reviewMessage,
      choices: [
        { value: { type: 'finish' }, label: w.WORDS.finish, description: w.WORDS.finishHelp },
        ...(open > 0 ? [{ value: { type: 'open' } as const, label: w.answerOpen(open) }] : []),
        ...domains.map((d) => ({
          value: { type: 'domain', id: d.domain.id } as const,
          label: w.changeIn(t(d.domain.title)),
          description: w.counts(d),
        })),
        { value: { type: 'pause' }, label: w.WORDS.pause, description: w.WORDS.pauseHelp },
      ],
    });
  }

  async function pickInDomain(id: string): Promise<Question | undefined> {
    const summary = summarise(framework, doc).find((d) => d.domain.id === id);
    if (!summary) return undefined;
    const picked = await asker.choose<string | null>({
      kind: 'domain',
      message: w.domainMessage(t(summary.domain.title)),
      choices: [
        ...summary.questions.map(({ question, status }) => {
          const value = doc.answers[question.id]?.value;
          const answer = value === undefined ? undefined : valueLabel(question, value);
          return {
            value: question.id,
            label: `${t(question.text)} (${w.questionStatus(status, answer)})`,
          };
        }),
        { value: null, label: w.WORDS.backToReview },
      ],
    });
    return picked === null ? undefined : framework.questionById.get(picked);
  }
}

import { pickText, wordingFor, type Framework, type Question } from '../../core/framework.js';
import type { AnswersDoc } from '../../core/schema/answers.js';
import type { AnswerValue, Text } from '../../core/schema/common.js';
import type { Move, QuestionView } from '../../core/walk-machine.js';
import type { DomainSummary } from '../../core/walk-plan.js';
import type { ChoicePrompt, Choice, Separator } from './asker.js';
import * as w from './wording.js';

/**
 * The prompts of the walk-through, built from the framework and the answers so far: what each
 * screen offers, in the words of wording.ts. The loop (walk.ts) asks them.
 */

/** What can be done at a question: a move (see walk-machine.ts), or help, or a note. */
export type QuestionAction =
  | Extract<Move, { type: 'answer' | 'skip' | 'back' | 'pause' }>
  | { type: 'help' }
  | { type: 'note' };

export type ReviewAction =
  { type: 'finish' } | { type: 'open' } | { type: 'domain'; id: string } | { type: 'pause' };

/** Who reads the screens: their language and role decide the words. */
export interface Reader {
  /** A framework text in the chosen language, made safe to print. */
  t: (text: Text) => string;
  role: string | undefined;
  /** One of the people who use the service (a role marked `livedExperience`). */
  livedExperience: boolean;
}

export function readerFor(
  framework: Framework,
  lang: string | undefined,
  role: string | undefined,
): Reader {
  return {
    t: (text) => w.forTerminal(pickText(text, lang, framework.language)),
    role,
    livedExperience: framework.respondents.some((r) => r.id === role && r.livedExperience),
  };
}

/** The question's text as this reader's role has it worded. */
export const questionText = (reader: Reader, q: Question): string =>
  reader.t(wordingFor(q, reader.role).text);

/** The help and, except for people who use the service, what a team could point to. */
export function helpFor(reader: Reader, q: Question): { help?: string; evidence: string[] } {
  const help = wordingFor(q, reader.role).help;
  return {
    ...(help !== undefined && { help: reader.t(help) }),
    evidence: reader.livedExperience ? [] : q.evidence.map(reader.t),
  };
}

export function valueLabel(reader: Reader, q: Question, value: AnswerValue): string {
  return w.answerLabel(value, (n) => {
    const option = q.scale.options.find((o) => o.value === n);
    return option ? reader.t(option.label) : String(n);
  });
}

export function rolePrompt(framework: Framework, reader: Reader): ChoicePrompt<string | null> {
  return {
    kind: 'role',
    message: w.word('roleMessage'),
    choices: [
      ...framework.respondents.map((r) => ({
        value: r.id,
        label: reader.t(r.label),
        ...(r.description !== undefined && { description: reader.t(r.description) }),
      })),
      { value: null, label: w.word('roleNone'), description: w.word('roleNoneHelp') },
    ],
  };
}

export const workshopPrompt = (): ChoicePrompt<boolean> => ({
  kind: 'workshop',
  message: w.word('workshopMessage'),
  choices: [
    { value: false, label: w.word('alone'), description: w.word('aloneHelp') },
    { value: true, label: w.word('group'), description: w.word('groupHelp') },
  ],
});

/** After the introduction: starting is one Enter, and stopping there is as easy to choose. */
export const beginPrompt = (): ChoicePrompt<boolean> => ({
  kind: 'begin',
  message: w.word('beginMessage'),
  choices: [
    { value: true, label: w.word('begin'), done: w.word('beginDone'), current: true },
    {
      value: false,
      label: w.word('notNow'),
      done: w.word('notNowDone'),
      description: w.word('pauseHelp'),
    },
  ],
});

export function questionPrompt(
  reader: Reader,
  view: QuestionView,
  doc: AnswersDoc,
): ChoicePrompt<QuestionAction> {
  const q = view.question;
  const current = doc.answers[q.id];
  const voice = w.voiceWords(reader.livedExperience);
  const answer = (value: AnswerValue, description: string | undefined) => {
    const label = valueLabel(reader, q, value);
    return {
      value: { type: 'answer' as const, value },
      label,
      ...(description !== undefined && { description }),
      done: w.answerDone(label),
      current: current?.value === value,
    };
  };
  const answers: Choice<QuestionAction>[] = [
    ...q.scale.options.map((o) =>
      answer(o.value, o.description === undefined ? undefined : reader.t(o.description)),
    ),
    ...(['dont-know', 'not-applicable'] as const)
      .filter((v) => q.scale.allow.includes(v))
      .map((v) => answer(v, v === 'dont-know' ? voice.dontKnowHelp : voice.notApplicableHelp)),
  ];
  const help = helpFor(reader, q);
  const actions: Choice<QuestionAction>[] = [
    {
      value: { type: 'help' },
      label: w.word('help'),
      description: voice.helpHelp,
      done: w.word('helpDone'),
      ...(help.help === undefined && help.evidence.length === 0 && { disabled: w.word('noHelp') }),
    },
    current?.note === undefined
      ? {
          value: { type: 'note' },
          label: w.word('addNote'),
          description: w.word('noteHelp'),
          done: w.word('addNoteDone'),
        }
      : {
          value: { type: 'note' },
          label: w.word('changeNote'),
          description: w.word('noteHelp'),
          done: w.word('changeNoteDone'),
        },
    {
      value: { type: 'skip' },
      label: current?.value === undefined ? w.word('skip') : w.word('clearAndSkip'),
      description: w.word('skipHelp'),
      done: w.word('skipDone'),
    },
    view.toReview
      ? { value: { type: 'back' }, label: w.word('backToReview'), done: w.word('backToReviewDone') }
      : {
          value: { type: 'back' },
          label: w.word('back'),
          done: w.word('backDone'),
          ...(view.first && { disabled: w.word('firstQuestion') }),
        },
    {
      value: { type: 'pause' },
      label: w.word('pause'),
      description: w.word('pauseHelp'),
      done: w.word('pauseDone'),
    },
  ];
  const separator: Separator = { separator: w.word('otherChoices') };
  return {
    kind: 'question',
    message: w.word('answerMessage'),
    choices: [...answers, separator, ...actions],
  };
}

/** Under the help: Enter alone goes back to the question, once it has been read. */
export const helpBackPrompt = (): ChoicePrompt<null> => ({
  kind: 'help',
  message: w.word('helpBackMessage'),
  choices: [
    { value: null, label: w.word('helpBack'), done: w.word('helpBackDone'), current: true },
  ],
});

export const noteActionPrompt = (): ChoicePrompt<'edit' | 'remove' | 'keep'> => ({
  kind: 'note',
  message: w.word('noteActionMessage'),
  choices: [
    { value: 'edit', label: w.word('noteEdit'), done: w.word('noteEditDone') },
    { value: 'remove', label: w.word('noteRemove'), done: w.word('noteRemoveDone') },
    { value: 'keep', label: w.word('noteKeep'), done: w.word('noteKeepDone') },
  ],
});

export function reviewPrompt(
  reader: Reader,
  domains: readonly DomainSummary[],
): ChoicePrompt<ReviewAction> {
  const open = domains.reduce((n, d) => n + d.open, 0);
  return {
    kind: 'review',
    message: w.word('reviewMessage'),
    choices: [
      {
        value: { type: 'finish' },
        label: w.word('finish'),
        description: w.word('finishHelp'),
        done: w.word('finishDone'),
      },
      ...(open > 0
        ? [
            {
              value: { type: 'open' } as const,
              label: w.answerOpen(open),
              done: `${w.answerOpen(open)}.`,
            },
          ]
        : []),
      ...domains.map((d) => ({
        value: { type: 'domain', id: d.domain.id } as const,
        label: w.changeIn(reader.t(d.domain.title)),
        description: w.counts(d),
        done: `${w.changeIn(reader.t(d.domain.title))}.`,
      })),
      {
        value: { type: 'pause' },
        label: w.word('pause'),
        description: w.word('pauseHelp'),
        done: w.word('pauseDone'),
      },
    ],
  };
}

export function domainPrompt(
  reader: Reader,
  summary: DomainSummary,
  doc: AnswersDoc,
): ChoicePrompt<string | null> {
  return {
    kind: 'domain',
    message: w.domainMessage(reader.t(summary.domain.title)),
    choices: [
      ...summary.questions.map(({ question, status }) => {
        const value = doc.answers[question.id]?.value;
        const answer = value === undefined ? undefined : valueLabel(reader, question, value);
        const text = questionText(reader, question);
        return {
          value: question.id,
          label: `${text} (${w.questionStatus(status, answer)})`,
          done: `${w.domainMessage(reader.t(summary.domain.title))} ${text}`,
        };
      }),
      { value: null, label: w.word('backToReview'), done: w.word('backToReviewDone') },
    ],
  };
}

/** An unfinished answers file beside a new assessment, offered to carry on with. */
export interface Unfinished {
  /** The file as the person would name it. */
  shown: string;
  answered: number;
  /** When it was last saved, as people read a date. */
  saved?: string;
}

export function resumePrompt(files: readonly Unfinished[]): ChoicePrompt<string | null> {
  return {
    kind: 'resume',
    message: `${w.unfinishedMessage(files.length)} ${w.word('resumeMessage')}`,
    choices: [
      ...files.map((f) => ({
        value: f.shown,
        label: w.carryOnWith(f.shown),
        description: w.unfinishedDetail(f.answered, f.saved),
        done: `${w.carryOnWith(f.shown)}.`,
      })),
      {
        value: null,
        label: w.word('startNew'),
        description: w.word('startNewHelp'),
        done: w.word('startNewDone'),
      },
    ],
  };
}

/** A lock from another computer: stopping is current, so Enter alone takes nothing over. */
export const lockPrompt = (): ChoicePrompt<boolean> => ({
  kind: 'lock',
  message: w.word('lockMessage'),
  choices: [
    { value: false, label: w.word('lockStop'), done: w.word('lockStopDone'), current: true },
    {
      value: true,
      label: w.word('lockTakeOver'),
      description: w.word('lockTakeOverHelp'),
      done: w.word('lockTakeOverDone'),
    },
  ],
});

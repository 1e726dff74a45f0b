import { isoSecond } from '../../core/dates.js';
import { askedOf, type Framework, type Question } from '../../core/framework.js';
import type { AnswersDoc } from '../../core/schema/answers.js';
import {
  move,
  questionView,
  startPlace,
  withNote,
  type Move,
  type Place,
} from '../../core/walk-machine.js';
import { estimatedMinutes, shownQuestions, statusOf, summarise } from '../../core/walk-plan.js';
import type { Asker } from './asker.js';
import {
  beginPrompt,
  domainPrompt,
  helpBackPrompt,
  helpFor,
  noteActionPrompt,
  questionPrompt,
  questionText,
  readerFor,
  reviewPrompt,
  rolePrompt,
  valueLabel,
  workshopPrompt,
  type Reader,
} from './prompts.js';
import * as w from './wording.js';

export type { QuestionAction, ReviewAction } from './prompts.js';

/**
 * The walk-through: who is answering, an introduction, then the questions domain by domain,
 * then the review. It asks through the Asker and saves through `save` after every change, so
 * that nothing given is ever lost; what comes next is decided by core/walk-machine.ts.
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

/** Asks for the role, whether a group answers together, and the unit. Never a name. */
export async function askWho(deps: Pick<WalkDeps, 'framework' | 'asker' | 'lang'>): Promise<Who> {
  const { framework, asker } = deps;
  const reader = readerFor(framework, deps.lang, undefined);
  let role: string | undefined;
  if (framework.respondents.length > 0)
    role = (await asker.choose(rolePrompt(framework, reader))) ?? undefined;
  const workshop = await asker.choose(workshopPrompt());
  asker.say(w.word('unitAsk'));
  const unit = (
    await asker.text({
      kind: 'unit',
      message: w.word('unitMessage'),
      check: (s) => (s.trim().length > 200 ? w.word('unitTooLong') : undefined),
    })
  ).trim();
  return { ...(role !== undefined && { role }), workshop, ...(unit && { unit }) };
}

/** A new answers document for the respondent, before any question is answered. */
export function newAnswers(framework: Framework, who: Who, now: Date, lang?: string): AnswersDoc {
  const stamp = isoSecond(now);
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

/**
 * Before the first question: how many questions and how long, the role's introduction (or the
 * framework's), and where to get support. Resolves to whether the person chose to start.
 */
export async function introduce(
  deps: Pick<WalkDeps, 'framework' | 'asker' | 'lang'>,
  doc: AnswersDoc,
): Promise<boolean> {
  const { framework, asker } = deps;
  const role = doc.respondent?.role;
  const workshop = doc.respondent?.workshop === true;
  const reader = readerFor(framework, deps.lang, role);
  const shown = shownQuestions(framework, doc);
  const intro = framework.respondents.find((r) => r.id === role)?.intro ?? framework.intro;
  asker.say(
    w.introduction({
      questions: shown.length,
      domains: new Set(shown.map((q) => q.domain)).size,
      conditional: framework.questions.some((q) => q.when !== undefined && askedOf(q, role)),
      minutes: estimatedMinutes(framework, role, workshop),
      workshop,
      ...(intro !== undefined && { intro: reader.t(intro) }),
      ...(framework.support !== undefined && { support: reader.t(framework.support) }),
    }),
  );
  if (shown.length === 0) return true;
  return asker.choose(beginPrompt());
}

export async function walkThrough(deps: WalkDeps, start: AnswersDoc): Promise<WalkEnd> {
  const { framework, asker, save } = deps;
  const reader = readerFor(framework, deps.lang, start.respondent?.role);
  let doc = start;
  let place = startPlace(framework, doc);
  for (;;) {
    const chosen = place.at === 'review' ? await atReview() : await atQuestion(place);
    if (chosen === undefined) continue;
    const next = move(framework, doc, place, chosen);
    if ('end' in next) {
      doc = next.doc;
      if (next.end === 'completed') {
        await save(doc);
        asker.say(closingText(framework, reader));
      }
      return { end: next.end, doc };
    }
    if (next.changed) await save(next.doc);
    doc = next.doc;
    for (const q of next.dropped)
      asker.say(w.droppedNote(questionText(reader, q), doc.answers[q.id]?.note !== undefined));
    if (next.opened.length > 0)
      asker.say(
        w.openedNote(
          next.opened.map((q) => questionText(reader, q)),
          place.at === 'question' && place.via !== 'one',
        ),
      );
    place = next.place;
  }

  /** Asks a question; help and notes are dealt with here, and ask again (undefined). */
  async function atQuestion(at: Extract<Place, { at: 'question' }>): Promise<Move | undefined> {
    const view = questionView(framework, doc, at);
    if (!view) throw new Error(`question ${at.question.id} is not shown: the machine settles this`);
    const q = view.question;
    const current = doc.answers[q.id];
    asker.say(
      w.questionScreen({
        heading: w.heading(view.position, reader.t(view.position.domain.title)),
        text: questionText(reader, q),
        ...(current?.value !== undefined && { answer: valueLabel(reader, q, current.value) }),
        skipped: statusOf(doc, q.id) === 'skipped',
        ...(current?.note !== undefined && { note: current.note }),
      }),
    );
    const action = await asker.choose(questionPrompt(reader, view, doc));
    if (action.type === 'help') {
      const help = helpFor(reader, q);
      asker.say(w.helpText(help.help, help.evidence));
      await asker.choose(helpBackPrompt());
      return undefined;
    }
    if (action.type === 'note') {
      await editNote(q);
      return undefined;
    }
    return action;
  }

  async function atReview(): Promise<Move | undefined> {
    const domains = summarise(framework, doc);
    asker.say(
      w.reviewSummary(
        domains.map((d) => ({ title: reader.t(d.domain.title), counts: w.counts(d) })),
      ),
    );
    const action = await asker.choose(reviewPrompt(reader, domains));
    if (action.type !== 'domain') return action;
    const summary = domains.find((d) => d.domain.id === action.id);
    const picked = summary && (await asker.choose(domainPrompt(reader, summary, doc)));
    return picked ? { type: 'pick', id: picked } : undefined;
  }

  async function editNote(q: Question): Promise<void> {
    const existing = doc.answers[q.id]?.note;
    const check = (s: string) => (s.trim().length > 10_000 ? w.word('noteTooLong') : undefined);
    const saveNote = async (note: string | undefined, said: string) => {
      doc = withNote(doc, q.id, note);
      await save(doc);
      asker.say(said);
    };
    if (existing === undefined) {
      asker.say(w.word('noteAsk'));
      const text = (
        await asker.text({ kind: 'note', message: w.word('noteMessage'), check })
      ).trim();
      if (text) await saveNote(text, w.word('noteSaved'));
      else asker.say(w.word('noteNotAdded'));
      return;
    }
    const choice = await asker.choose(noteActionPrompt());
    if (choice === 'keep') return;
    if (choice === 'remove') {
      await saveNote(undefined, w.word('noteRemoved'));
      return;
    }
    asker.say(w.word('noteAsk'));
    const text = (
      await asker.text({
        kind: 'note',
        message: w.word('noteEditMessage'),
        initial: existing,
        check,
      })
    ).trim();
    // An emptied note is kept: removing one is its own choice, so that nothing goes by accident.
    if (!text || text === existing) asker.say(w.word('noteUnchanged'));
    else await saveNote(text, w.word('noteSaved'));
  }
}

function closingText(framework: Framework, reader: Reader): string {
  const closing =
    framework.respondents.find((r) => r.id === reader.role)?.closing ?? framework.closing;
  return w.closing({
    ...(closing !== undefined && { closing: reader.t(closing) }),
    ...(framework.support !== undefined && { support: reader.t(framework.support) }),
  });
}

import type { Framework, Question } from './framework.js';
import type { AnswersDoc } from './schema/answers.js';
import type { AnswerValue } from './schema/common.js';
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
  type Change,
  type Position,
} from './walk-plan.js';

/**
 * The walk-through's transitions, as a pure state machine: where it is (a Place), what the
 * person did there (a Move), and where that leads, with the answers it changes. The loop in
 * src/cli/assess/walk.ts asks the questions and saves what comes back; every decision about
 * what comes next is made here.
 */

/**
 * At a question, reached by walking through in order, by answering the ones still open after
 * the review, or by picking one in the review (the last two lead back to the review).
 */
export type Place =
  { at: 'question'; question: Question; via: 'walk' | 'open' | 'one' } | { at: 'review' };

/** What a person can do: the first four at a question, the next three in the review. */
export type Move =
  | { type: 'answer'; value: AnswerValue }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'pause' }
  | { type: 'finish' }
  | { type: 'open' }
  | { type: 'pick'; id: string };

export type Next =
  | { end: 'completed' | 'paused'; doc: AnswersDoc }
  | {
      place: Place;
      doc: AnswersDoc;
      /** Whether the answers changed, and so must be saved. */
      changed: boolean;
      /** Answers removed because their question no longer applies (see walk-plan's Change). */
      dropped: Question[];
      /** Questions that apply now that did not before. */
      opened: Question[];
    };

/** Where a walk-through starts: the first question not yet answered or skipped, or the review. */
export function startPlace(framework: Framework, doc: AnswersDoc): Place {
  const at = resumePoint(shownQuestions(framework, doc), doc);
  return at ? { at: 'question', question: at, via: 'walk' } : { at: 'review' };
}

export function move(framework: Framework, doc: AnswersDoc, place: Place, m: Move): Next {
  const stay = (next: Place): Next => ({
    place: settled(framework, doc, next),
    doc,
    changed: false,
    dropped: [],
    opened: [],
  });
  if (m.type === 'pause') return { end: 'paused', doc };
  if (place.at === 'review') {
    switch (m.type) {
      case 'finish':
        return { end: 'completed', doc: { ...doc, status: 'completed' } };
      case 'open': {
        const at = resumePoint(shownQuestions(framework, doc), doc);
        return stay(at ? { at: 'question', question: at, via: 'open' } : place);
      }
      case 'pick': {
        const question = framework.questionById.get(m.id);
        return stay(question ? { at: 'question', question, via: 'one' } : place);
      }
      default:
        throw new Error(`${m.type} is not a move in the review`);
    }
  }
  const q = place.question;
  switch (m.type) {
    case 'answer':
      return changed(framework, answerQuestion(framework, doc, q.id, m.value), place);
    case 'skip':
      return changed(framework, skipQuestion(framework, doc, q.id), place);
    case 'back': {
      const previous =
        place.via === 'walk' ? previousBefore(shownQuestions(framework, doc), q) : undefined;
      return stay(
        previous ? { at: 'question', question: previous, via: 'walk' } : { at: 'review' },
      );
    }
    default:
      throw new Error(`${m.type} is not a move at a question`);
  }
}

/** A note set, changed or (empty) removed: answers changed after finishing are in progress again. */
export function withNote(doc: AnswersDoc, id: string, note: string | undefined): AnswersDoc {
  return inProgress(noteQuestion(doc, id, note));
}

/** What the screen of a question shows about where it stands, and which ways lead back. */
export interface QuestionView {
  question: Question;
  position: Position;
  /** The first question of a walk-through: there is nothing to go back to. */
  first: boolean;
  /** Reached from the review, so going back returns to it. */
  toReview: boolean;
}

export function questionView(
  framework: Framework,
  doc: AnswersDoc,
  place: Extract<Place, { at: 'question' }>,
): QuestionView | undefined {
  const shown = shownQuestions(framework, doc);
  const position = positionOf(framework, shown, place.question.id);
  if (!position) return undefined;
  return {
    question: place.question,
    position,
    first: place.via === 'walk' && previousBefore(shown, place.question) === undefined,
    toReview: place.via !== 'walk',
  };
}

function changed(
  framework: Framework,
  change: Change,
  place: Extract<Place, { at: 'question' }>,
): Next {
  const doc = inProgress(change.doc);
  return {
    place: settled(framework, doc, following(framework, doc, place)),
    doc,
    changed: true,
    dropped: change.dropped,
    opened: change.opened,
  };
}

/** After a question: the next one in order, the next open one, or back to the review. */
function following(
  framework: Framework,
  doc: AnswersDoc,
  place: Extract<Place, { at: 'question' }>,
): Place {
  if (place.via === 'one') return { at: 'review' };
  const shown = shownQuestions(framework, doc);
  const q = place.question;
  const next =
    place.via === 'walk'
      ? nextAfter(shown, q)
      : shown.find((s) => s.index > q.index && statusOf(doc, s.id) === 'open');
  return next ? { at: 'question', question: next, via: place.via } : { at: 'review' };
}

/** A place at a question that is not shown (any more): the one after it instead. */
function settled(framework: Framework, doc: AnswersDoc, place: Place): Place {
  let at = place;
  while (at.at === 'question' && questionView(framework, doc, at) === undefined)
    at = following(framework, doc, at);
  return at;
}

/** Answers changed after finishing are in progress again, until the review is finished anew. */
function inProgress(doc: AnswersDoc): AnswersDoc {
  return doc.status === 'completed' ? { ...doc, status: 'in-progress' } : doc;
}

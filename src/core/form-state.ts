import { visibleQuestions } from './conditions.js';
import { isoSecond } from './dates.js';
import { formQuestions, type FormDomain, type FormModel, type FormQuestion } from './form-model.js';
import type { AnswerDoc, AnswersDoc } from './schema/answers.js';
// Types only from the schema: the browser bundle must not carry zod.
import type { AnswerValue, NonScored } from './schema/common.js';
import { emptyRecord } from './own.js';

/**
 * The offline form's state, kept in the browser's localStorage between visits. Pure functions
 * only: the page calls them and draws the result, and the unit tests call them without a
 * browser. They follow the same rules as `assess`: only the questions asked of the role, `when`
 * conditions re-evaluated after every answer, and an answer to a question that is no longer
 * shown dropped.
 */
export interface FormState {
  version: 1;
  /** `start`, `review`, `saved`, or `domain:<id>`. */
  screen: string;
  role?: string;
  workshop: boolean;
  unit: string;
  started?: string;
  answers: Record<string, AnswerDoc>;
  skipped: string[];
}

/** What a respondent picked for one question: a value, or to skip it. */
export type Choice = AnswerValue | 'skip';

export const NOTE_LIMIT = 10_000;
export const UNIT_LIMIT = 200;

export { isoSecond };

export function newState(): FormState {
  return { version: 1, screen: 'start', workshop: false, unit: '', answers: {}, skipped: [] };
}

export const roleOf = (model: FormModel, state: FormState): string | undefined =>
  model.fixedRole ?? state.role;

/** The ids of the questions this respondent is shown, given the answers so far. */
export function visibleSet(model: FormModel, state: FormState): Set<string> {
  return visibleQuestions(
    { questions: formQuestions(model) },
    roleOf(model, state),
    (id) => state.answers[id]?.value,
  );
}

/** The sections with at least one question shown, in order. */
export const activeDomains = (model: FormModel, visible: Set<string>): FormDomain[] =>
  model.domains.filter((d) => d.questions.some((q) => visible.has(q.id)));

export interface Settled {
  state: FormState;
  /** Questions no longer shown; any answer, note or skip they had is dropped. */
  hidden: string[];
  /** Questions shown now that were not before. */
  shown: string[];
}

/**
 * Drops what belongs to questions that are not shown (a changed answer can hide a follow-up
 * question, and that can hide another), and says which questions appeared and disappeared
 * against the set shown `before`.
 */
export function settle(model: FormModel, state: FormState, before?: Set<string>): Settled {
  const visible = visibleSet(model, state);
  const hidden = new Set(before ? [...before].filter((id) => !visible.has(id)) : []);
  const answers = emptyRecord<AnswerDoc>();
  for (const [id, answer] of Object.entries(state.answers)) {
    if (visible.has(id)) answers[id] = answer;
    else hidden.add(id);
  }
  for (const id of state.skipped) if (!visible.has(id)) hidden.add(id);
  const skipped = state.skipped.filter((id) => visible.has(id));
  const shown = before ? [...visible].filter((id) => !before.has(id)) : [];
  return { state: { ...state, answers, skipped }, hidden: [...hidden], shown };
}

export function withChoice(
  model: FormModel,
  state: FormState,
  id: string,
  choice: Choice | undefined,
): Settled {
  const before = visibleSet(model, state);
  const { value: _old, ...rest } = state.answers[id] ?? {};
  const answer: AnswerDoc =
    choice === undefined || choice === 'skip' ? rest : { ...rest, value: choice };
  const answers = replaced(state.answers, id, answer);
  const skipped = state.skipped.filter((s) => s !== id);
  if (choice === 'skip') skipped.push(id);
  return settle(model, { ...state, answers, skipped }, before);
}

export function withNote(state: FormState, id: string, note: string): FormState {
  const { note: _old, ...rest } = state.answers[id] ?? {};
  const text = note.slice(0, NOTE_LIMIT);
  const answer: AnswerDoc = text.trim() === '' ? rest : { ...rest, note: text };
  return { ...state, answers: replaced(state.answers, id, answer) };
}

/** A new role can change which questions are asked, so it settles too. */
export function withRole(model: FormModel, state: FormState, role: string | undefined): Settled {
  const before = visibleSet(model, state);
  const next: FormState = { ...state };
  if (role === undefined) delete next.role;
  else next.role = role;
  return settle(model, next, before);
}

/** The answers with one replaced, or left out where it holds nothing. */
function replaced(
  answers: Record<string, AnswerDoc>,
  id: string,
  answer: AnswerDoc,
): Record<string, AnswerDoc> {
  const out = Object.fromEntries(Object.entries(answers).filter(([k]) => k !== id));
  if (answer.value !== undefined || answer.note !== undefined) out[id] = answer;
  return out;
}

export function choiceOf(state: FormState, id: string): Choice | undefined {
  const value = state.answers[id]?.value;
  if (value !== undefined) return value;
  return state.skipped.includes(id) ? 'skip' : undefined;
}

/** A choice as the value of a radio button, and back. */
export const choiceKey = (choice: Choice): string => String(choice);

export function parseChoice(model: FormModel, q: FormQuestion, key: string): Choice | undefined {
  if (key === 'skip') return 'skip';
  const scale = model.scales[q.scale];
  if (!scale) return undefined;
  if (key === 'not-applicable' || key === 'dont-know') {
    const nonScored: NonScored = key;
    return scale.allow.includes(nonScored) ? nonScored : undefined;
  }
  return scale.options.find((o) => String(o.value) === key)?.value;
}

export interface Progress {
  /** Questions shown. */
  total: number;
  /** Shown and answered (a value, including not applicable and don't know). */
  answered: number;
  skipped: number;
}

export function progressOf(model: FormModel, state: FormState): Progress {
  const visible = visibleSet(model, state);
  let answered = 0;
  let skipped = 0;
  for (const id of visible) {
    if (state.answers[id]?.value !== undefined) answered++;
    else if (state.skipped.includes(id)) skipped++;
  }
  return { total: visible.size, answered, skipped };
}

/**
 * The answers file the form saves: the same shape `assess` writes, completed, holding only the
 * questions shown, and never a name.
 */
export function answersDoc(model: FormModel, state: FormState, now: Date): AnswersDoc {
  const visible = visibleSet(model, state);
  const role = roleOf(model, state);
  const answers = emptyRecord<AnswerDoc>();
  for (const q of formQuestions(model)) {
    const answer = state.answers[q.id];
    if (!visible.has(q.id) || !answer) continue;
    const note = answer.note?.trim();
    const kept: AnswerDoc = {
      ...(answer.value !== undefined && { value: answer.value }),
      ...(note && { note }),
    };
    if (kept.value !== undefined || kept.note !== undefined) answers[q.id] = kept;
  }
  const skipped = formQuestions(model)
    .map((q) => q.id)
    .filter(
      (id) => visible.has(id) && state.skipped.includes(id) && answers[id]?.value === undefined,
    );
  const unit = state.unit.trim().slice(0, UNIT_LIMIT);
  const respondent = {
    ...(role !== undefined && { role }),
    ...(state.workshop && { workshop: true }),
  };
  return {
    attune: 1,
    framework: { id: model.framework.id, version: model.framework.version },
    ...(Object.keys(respondent).length > 0 && { respondent }),
    ...(unit !== '' && { unit }),
    ...(model.lang !== undefined && { lang: model.lang }),
    status: 'completed',
    ...(state.started !== undefined && { started: state.started }),
    updated: isoSecond(now),
    ...(skipped.length > 0 && { skipped }),
    answers,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * State read back from the browser's storage, which anything could have written: every part is
 * checked against the form, and what does not fit is left out. Undefined where nothing is usable.
 */
export function restoreState(model: FormModel, stored: unknown): FormState | undefined {
  if (!isRecord(stored) || stored.version !== 1) return undefined;
  const questions = new Map(formQuestions(model).map((q) => [q.id, q]));
  const state = newState();
  if (typeof stored.role === 'string' && model.roles.some((r) => r.id === stored.role)) {
    state.role = stored.role;
  }
  state.workshop = stored.workshop === true;
  if (typeof stored.unit === 'string') state.unit = stored.unit.slice(0, UNIT_LIMIT);
  if (typeof stored.started === 'string' && ISO.test(stored.started))
    state.started = stored.started;
  if (isRecord(stored.answers)) {
    for (const [id, raw] of Object.entries(stored.answers)) {
      const q = questions.get(id);
      if (!q || !isRecord(raw)) continue;
      const value =
        typeof raw.value === 'number' || typeof raw.value === 'string'
          ? parseChoice(model, q, String(raw.value))
          : undefined;
      const answer: AnswerDoc = {
        ...(value !== undefined && value !== 'skip' && { value }),
        ...(typeof raw.note === 'string' &&
          raw.note.trim() !== '' && { note: raw.note.slice(0, NOTE_LIMIT) }),
      };
      if (answer.value !== undefined || answer.note !== undefined) state.answers[id] = answer;
    }
  }
  if (Array.isArray(stored.skipped)) {
    for (const id of stored.skipped) {
      if (typeof id === 'string' && questions.has(id) && !state.skipped.includes(id)) {
        state.skipped.push(id);
      }
    }
  }
  const settled = settle(model, state).state;
  settled.screen = restoredScreen(model, settled, stored.screen);
  return settled;
}

function restoredScreen(model: FormModel, state: FormState, screen: unknown): string {
  if (screen === 'review' || screen === 'saved') return screen;
  if (typeof screen === 'string' && screen.startsWith('domain:')) {
    const id = screen.slice('domain:'.length);
    if (activeDomains(model, visibleSet(model, state)).some((d) => d.id === id)) return screen;
  }
  return 'start';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

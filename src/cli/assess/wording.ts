import { plural } from '../../core/plural.js';
import { oneLine } from '../../core/sanitize.js';
import type { AnswerValue } from '../../core/schema/common.js';
import type { DomainSummary, Position } from '../../core/walk-plan.js';
import type { PickState, Pickable } from './choice-keys.js';

/**
 * Every word the walk-through says, in one place: plain, non-judgemental UK English, read well
 * aloud by a screen reader (no symbols that carry meaning, no colour that carries meaning).
 * Texts from the framework arrive here already in the chosen language.
 */

export const WORDS = {
  dontKnow: 'Don’t know',
  notApplicable: 'Not applicable',
  otherChoices: 'Or:',
  answerMessage: 'Your answer:',
  keysHint: 'Type a number or use the arrow keys, then press Enter.',
  help: 'Help with this question',
  noHelp: 'this question has no help',
  helpDone: 'Help with this question:',
  helpBackMessage: 'When you have read it:',
  helpBack: 'Back to the question',
  helpBackDone: 'Back to the question.',
  addNote: 'Add a note',
  changeNote: 'Change or remove your note',
  noteHelp: 'A few words of your own. The report quotes notes without saying who wrote them.',
  addNoteDone: 'Adding a note.',
  changeNoteDone: 'Changing or removing your note.',
  skip: 'Skip this question',
  clearAndSkip: 'Clear your answer and skip this question',
  skipHelp: 'You can come back to it in the review at the end.',
  skipDone: 'Question skipped.',
  back: 'Go back to the previous question',
  backDone: 'Going back to the previous question.',
  firstQuestion: 'this is the first question',
  backToReview: 'Go back to the review',
  backToReviewDone: 'Going back to the review.',
  pause: 'Pause and save, to carry on later',
  pauseHelp: 'Everything so far is saved. You will be shown how to carry on.',
  pauseDone: 'Pausing.',
  noteAsk:
    'Your note: a few words of your own, on one line. Please do not write anyone’s name or a personal story: the report quotes notes as they are written. Press Enter on an empty line to add nothing.',
  noteMessage: 'Your note:',
  noteEditMessage: 'Your note (change it, then press Enter):',
  noteActionMessage: 'What would you like to do with your note?',
  noteEdit: 'Change the note',
  noteEditDone: 'Changing the note.',
  noteRemove: 'Remove the note',
  noteRemoveDone: 'Removing the note.',
  noteKeep: 'Keep it as it is',
  noteKeepDone: 'Your note is kept as it is.',
  noteSaved: 'Note saved.',
  noteNotAdded: 'No note added.',
  noteUnchanged: 'Your note is unchanged.',
  noteRemoved: 'Note removed.',
  noteTooLong: 'A note can be at most 10,000 characters, and this one is longer.',
  roleMessage: 'Which group are you answering as?',
  roleNone: 'None of these, or I would rather not say',
  roleNoneHelp: 'You will be asked every question.',
  workshopMessage: 'Are you answering on your own, or as a group together?',
  alone: 'On my own',
  aloneHelp: 'These are your own answers.',
  group: 'As a group, agreeing each answer together (a workshop)',
  groupHelp: 'The answers are the group’s, agreed together.',
  unitAsk:
    'Which service, team or site are these answers about? This is optional: press Enter to leave it out. Please do not write anyone’s name.',
  unitMessage: 'Service, team or site:',
  unitTooLong: 'A service, team or site can be at most 200 characters, and this is longer.',
  beginMessage: 'Ready to start?',
  begin: 'Start the questions',
  beginDone: 'Starting.',
  notNow: 'Not now: stop here, and carry on later',
  notNowDone: 'Stopping here.',
  reviewMessage: 'What would you like to do?',
  finish: 'Finish: mark your answers as complete',
  finishHelp: 'You can still change them later, by carrying on with --resume.',
  finishDone: 'Finishing.',
  completed: 'Your answers are complete and saved.',
  thanks: 'Thank you.',
  resumeMessage: 'Would you like to carry on with them, or start again?',
  startNew: 'Start a new assessment',
  startNewHelp: 'The unfinished answers stay as they are.',
  startNewDone: 'Starting a new assessment.',
} as const;

/**
 * Words that depend on who answers. People who use the service (a role marked
 * `livedExperience`) are not asked about "your service", nor shown what a team could point to.
 */
export function voiceWords(livedExperience: boolean) {
  return livedExperience
    ? {
        dontKnowHelp: 'You are not sure. That is a fine answer too.',
        notApplicableHelp: 'This question does not fit you, or the part of the service you use.',
        helpHelp: 'What this question means.',
      }
    : {
        dontKnowHelp:
          'You are not sure, or do not have the information. That is a useful answer too.',
        notApplicableHelp: 'This does not apply to your service.',
        helpHelp: 'What good looks like, and what you could point to.',
      };
}

/**
 * Text from a file (a framework, a note typed earlier), made safe to print: control characters
 * and escape sequences are shown, not obeyed; line breaks stay.
 */
export function forTerminal(text: string): string {
  return text
    .split('\n')
    .map((line) => oneLine(line, 10_000))
    .join('\n');
}

export function answerLabel(value: AnswerValue, optionLabel: (n: number) => string): string {
  if (value === 'dont-know') return WORDS.dontKnow;
  if (value === 'not-applicable') return WORDS.notApplicable;
  return optionLabel(value);
}

export const answerDone = (label: string) => `Your answer: ${label}.`;

/**
 * The line under a list of choices: how to choose, the number typed so far and what it stands
 * for, or why the last key chose nothing.
 */
export function pickStatus(
  state: PickState,
  choices: readonly Pickable[],
  litLabel: string | undefined,
): string {
  const last = choices.length;
  const problem = state.problem;
  if (problem) {
    switch (problem.type) {
      case 'nothing-chosen':
        return `Nothing is chosen yet. ${WORDS.keysHint}`;
      case 'no-such':
        return `Nothing was chosen: there is no choice ${problem.typed}. The choices are numbered 1 to ${last}.`;
      case 'cannot':
        return `Nothing was chosen: choice ${problem.number} cannot be chosen now (${problem.why}).`;
      case 'not-a-choice-key':
        return `Only numbers and the arrow keys choose here. ${WORDS.keysHint}`;
    }
  }
  if (state.typed === '') return WORDS.keysHint;
  if (litLabel !== undefined)
    return `You typed ${state.typed}: ${litLabel}. Press Enter to choose it.`;
  const n = Number.parseInt(state.typed, 10);
  const why = choices[n - 1]?.disabled;
  return why === undefined || !/^[1-9]\d*$/.test(state.typed)
    ? `You typed ${state.typed}, but there is no choice ${state.typed}. The choices are numbered 1 to ${last}; press Backspace to change it.`
    : `You typed ${state.typed}, but that cannot be chosen now (${why}). Press Backspace to change it.`;
}

export function welcome(o: {
  title: string;
  version: string;
  questions: number;
  domains: number;
  file: string;
}): string {
  return [
    `${o.title} (version ${o.version})`,
    `There are ${plural(o.questions, 'question')} in ${plural(o.domains, 'domain')}. You will be asked only those that fit your role, so there may be fewer.`,
    'Any question can be skipped. “Don’t know” and “Not applicable” are fine answers.',
    `Your answers are saved after every one, in ${o.file}.`,
    'To pause, choose “Pause and save” at any question, or press Ctrl-C. You can carry on later where you stopped.',
  ].join('\n\n');
}

/** "25 minutes", "1 hour", "1 hour 30 minutes". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/**
 * Shown once the person has said who is answering, before the first question: how many
 * questions, how long, the framework's own introduction for them, and where to get support.
 */
export function introduction(o: {
  questions: number;
  domains: number;
  conditional: boolean;
  minutes: number;
  workshop: boolean;
  intro?: string;
  support?: string;
}): string {
  if (o.questions === 0)
    return 'There are no questions for you to answer in this framework. You can finish at the review.';
  const count = `You have ${plural(o.questions, 'question')} to answer, in ${plural(o.domains, 'domain')}.${o.conditional ? ' A few more may follow from some answers.' : ''}`;
  const time = o.workshop
    ? `As a group, talking each one through, allow about ${duration(o.minutes)}.`
    : `It takes about ${duration(o.minutes)}.`;
  return [
    `${count} ${time}`,
    ...(o.intro === undefined ? [] : [o.intro]),
    ...(o.support === undefined ? [] : [supportText(o.support)]),
  ].join('\n\n');
}

export const supportText = (support: string) => `If a question brings something up: ${support}`;

/** Shown after the last question, once the answers are marked complete. */
export function closing(o: { closing?: string; support?: string }): string {
  return [
    o.closing === undefined ? `${WORDS.thanks} ${WORDS.completed}` : WORDS.completed,
    ...(o.closing === undefined ? [] : [o.closing]),
    ...(o.support === undefined ? [] : [supportText(o.support)]),
  ].join('\n\n');
}

export function welcomeBack(o: {
  title: string;
  file: string;
  answered: number;
  skipped: number;
  total: number;
  at?: number;
}): string {
  return [
    `Welcome back to ${o.title}.`,
    `So far: ${o.answered} of ${plural(o.total, 'question')} answered, ${o.skipped} skipped.`,
    o.at === undefined
      ? 'Every question has an answer or was skipped, so here is the review.'
      : `Carrying on at question ${o.at} of ${o.total}.`,
    `Your answers are saved after every one, in ${o.file}. To pause, choose “Pause and save” or press Ctrl-C.`,
  ].join('\n\n');
}

export function versionNote(was: string, now: string, id: string): string {
  return `Note: these answers were started with version ${was} of ${id}, and the framework is now version ${now}. That is the same major version, so you can carry on.`;
}

export function removedNote(id: string, frameworkId: string, version: string): string {
  return `Note: question “${id}” is no longer in ${frameworkId} ${version}. Its answer stays in the file, but is not used.`;
}

export function heading(p: Position, domainTitle: string): string {
  return `${domainTitle}: domain ${p.domainNumber} of ${p.domainCount}, question ${p.number} of ${p.total}`;
}

export function questionScreen(o: {
  heading: string;
  text: string;
  answer?: string;
  skipped: boolean;
  note?: string;
}): string {
  const lines = [o.heading, '', o.text];
  if (o.answer !== undefined) lines.push('', `Your answer so far: ${o.answer}.`);
  else if (o.skipped) lines.push('', 'You skipped this question earlier.');
  if (o.note !== undefined) lines.push(`Your note: “${forTerminal(o.note)}”`);
  return lines.join('\n');
}

export function helpText(help: string | undefined, evidence: readonly string[]): string {
  const parts: string[] = [];
  if (help !== undefined) parts.push(help);
  if (evidence.length > 0)
    parts.push(['What you could point to:', ...evidence.map((e) => `- ${e}`)].join('\n'));
  return parts.join('\n\n');
}

export function droppedNote(questionText: string, keptNote: boolean): string {
  return `Your answer to “${questionText}” has been removed, as that question no longer applies after your last answer.${keptNote ? ' Your note on it is kept.' : ''}`;
}

/**
 * Questions a change has made apply. Walking on, they come in their turn; changed from the
 * review, they wait there among the questions not answered yet.
 */
export function openedNote(questionTexts: readonly string[], inTurn: boolean): string {
  const one = questionTexts.length === 1;
  const opens = one ? 'a question' : plural(questionTexts.length, 'question');
  const it = one ? 'it' : 'them';
  const when = inTurn
    ? `you will come to ${it} in turn`
    : `you can answer ${it} from the review, under the questions not answered yet`;
  return [`Your answer opens ${opens}; ${when}:`, ...questionTexts.map((t) => `- ${t}`)].join('\n');
}

export function counts(s: Pick<DomainSummary, 'answered' | 'skipped' | 'open'>): string {
  const parts = [`${s.answered} answered`];
  if (s.skipped > 0) parts.push(`${s.skipped} skipped`);
  if (s.open > 0) parts.push(`${s.open} not answered yet`);
  return parts.join(', ');
}

export function reviewSummary(domains: { title: string; counts: string }[]): string {
  if (domains.length === 0) return 'Review\n\nThere were no questions for you to answer.';
  return ['Review of your answers', '', ...domains.map((d) => `- ${d.title}: ${d.counts}`)].join(
    '\n',
  );
}

export const answerOpen = (n: number) =>
  n === 1 ? 'Answer the 1 question not answered yet' : `Answer the ${n} questions not answered yet`;

export const changeIn = (domainTitle: string) => `Look at or change your answers on ${domainTitle}`;

export const domainMessage = (domainTitle: string) => `Which question on ${domainTitle}?`;

export function questionStatus(status: 'answered' | 'skipped' | 'open', answer?: string): string {
  if (status === 'answered') return `answered: ${answer ?? ''}`;
  return status === 'skipped' ? 'skipped' : 'not answered yet';
}

export const unfinishedMessage = (n: number) =>
  n === 1
    ? 'There are unfinished answers to this framework here.'
    : `There are ${n} unfinished sets of answers to this framework here.`;

export const carryOnWith = (file: string) => `Carry on with ${file}`;

export function unfinishedDetail(answered: number, saved: string | undefined): string {
  const so = `${plural(answered, 'question')} answered so far`;
  return saved === undefined ? `${so}.` : `${so}; last saved ${saved}.`;
}

/** Said at a pause; the command that carries on follows it, on lines of its own. */
export function paused(file: string): string {
  return `Paused. Your answers are saved in ${file}.\nTo carry on where you left off:`;
}

/** Said after Ctrl-C; the command that carries on follows where anything was saved. */
export function stopped(file: string | undefined): string {
  return file === undefined
    ? 'Stopped. Nothing was saved, as no questions had been answered yet.'
    : `Stopped. Your answers are saved in ${file}.\nTo carry on where you left off:`;
}

export function tookOver(pid: number): string {
  return `Note: an earlier attune assess (process ${pid}) left this file locked but is no longer running; carrying on.`;
}

/** A lock from another computer, whose process cannot be checked from here: the person decides. */
export function lockedElsewhere(shown: string, host: string, since: string): string {
  return `${shown} is open in attune assess on another computer, ${host}, since ${since}. attune cannot tell from here whether it is still running there.`;
}

export const LOCK_WORDS = {
  message: 'What would you like to do?',
  stop: 'Stop here, and carry on there',
  stopDone: 'Stopping here.',
  takeOver: 'Take the file over: attune has stopped on the other computer',
  takeOverHelp:
    'Only if it has stopped there. If it is still running, the two would save over each other’s answers.',
  takeOverDone: 'Taking the file over.',
} as const;

export const badLang = (lang: string) =>
  `--lang "${lang}" is not a language tag; use one such as en-GB or cy`;

export const NO_TERMINAL =
  'assess asks its questions in a terminal, and there is none here (its input or output is not a terminal). To score answers files, use attune report; for people who would rather not use a terminal, make the offline form with attune form.';

/** Quotes a word for a POSIX shell only where it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

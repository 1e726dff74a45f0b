import { plural } from '../../core/plural.js';
import { oneLine } from '../../core/sanitize.js';
import type { AnswerValue } from '../../core/schema/common.js';
import type { DomainSummary, Position } from '../../core/walk-plan.js';

/**
 * Every word the walk-through says, in one place: plain, non-judgemental UK English, read well
 * aloud by a screen reader (no symbols that carry meaning, no colour that carries meaning).
 * Texts from the framework arrive here already in the chosen language.
 */

export const WORDS = {
  dontKnow: 'Don’t know',
  dontKnowHelp: 'You are not sure, or do not have the information. That is a useful answer too.',
  notApplicable: 'Not applicable',
  notApplicableHelp: 'This does not apply to your service.',
  otherChoices: 'Or:',
  answerMessage: 'Your answer:',
  keysHint: 'Type a number or use the arrow keys, then press Enter.',
  help: 'Help with this question',
  helpHelp: 'What good looks like, and what you could point to.',
  noHelp: '(this question has no help)',
  addNote: 'Add a note',
  changeNote: 'Change or remove your note',
  noteHelp: 'A few words of your own. The report quotes notes without saying who wrote them.',
  skip: 'Skip this question',
  clearAndSkip: 'Clear your answer and skip this question',
  skipHelp: 'You can come back to it in the review at the end.',
  back: 'Go back to the previous question',
  firstQuestion: '(this is the first question)',
  backToReview: 'Go back to the review',
  pause: 'Pause and save, to carry on later',
  pauseHelp: 'Everything so far is saved. You will be shown how to carry on.',
  noteMessage:
    'Your note (one line; please leave out people’s names; press Enter on an empty line to add nothing)',
  noteEditMessage: 'Your note (edit it, then press Enter)',
  noteActionMessage: 'What would you like to do with your note?',
  noteEdit: 'Edit the note',
  noteRemove: 'Remove the note',
  noteKeep: 'Keep it as it is',
  noteSaved: 'Note saved.',
  noteRemoved: 'Note removed.',
  noteTooLong: 'A note can be at most 10,000 characters. Please shorten it.',
  roleMessage: 'Which group are you answering as?',
  roleNone: 'None of these, or I would rather not say',
  roleNoneHelp: 'You will be asked every question.',
  workshopMessage: 'Are you answering on your own, or as a group together?',
  alone: 'On my own',
  aloneHelp: 'These are your own answers.',
  group: 'As a group, agreeing each answer together (a workshop)',
  groupHelp: 'The answers are the group’s, agreed together.',
  unitMessage:
    'Which service, team or site are these answers about? (optional: press Enter to leave it out; please do not write anyone’s name)',
  unitTooLong: 'Please keep it to 200 characters or fewer.',
  reviewMessage: 'What would you like to do?',
  finish: 'Finish: mark your answers as complete',
  finishHelp: 'You can still change them later, by carrying on with --resume.',
  completed: 'Thank you. Your answers are complete and saved.',
} as const;

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

export function toAnswer(questions: number, domains: number, conditional: boolean): string {
  const base =
    questions === 0
      ? 'There are no questions for you to answer in this framework.'
      : `You have ${plural(questions, 'question')} to answer, in ${plural(domains, 'domain')}.`;
  return conditional && questions > 0 ? `${base} A few more may follow from some answers.` : base;
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
  if (help !== undefined) parts.push(`Help: ${help}`);
  if (evidence.length > 0)
    parts.push(['What you could point to:', ...evidence.map((e) => `- ${e}`)].join('\n'));
  return parts.join('\n\n');
}

export function droppedNote(questionText: string, keptNote: boolean): string {
  return `Your answer to “${questionText}” has been removed, as that question no longer applies after your last answer.${keptNote ? ' Your note on it is kept.' : ''}`;
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

export function resumeCommand(args: readonly string[]): string {
  return ['attune', 'assess', ...args.map(shellQuote)].join(' ');
}

export function paused(file: string, command: string): string {
  return `Paused. Your answers are saved in ${file}.\nTo carry on where you left off:\n  ${command}`;
}

export function stopped(file: string | undefined, command: string): string {
  return file === undefined
    ? 'Stopped. Nothing was saved, as no questions had been answered yet.'
    : `Stopped. Your answers are saved in ${file}.\nTo carry on where you left off:\n  ${command}`;
}

export function tookOver(pid: number): string {
  return `Note: an earlier attune assess (process ${pid}) left this file locked but is no longer running; carrying on.`;
}

export const badLang = (lang: string) =>
  `--lang "${lang}" is not a language tag; use one such as en-GB or cy`;

export const NO_TERMINAL =
  'assess asks its questions in a terminal, and there is none here (its input or output is not a terminal). To score answers files, use attune report; for people who would rather not use a terminal, make the offline form with attune form.';

/** Quotes a word for a POSIX shell only where it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

import {
  interfaceLanguage,
  messagesFor,
  spokenDuration,
  type Params,
  type Say,
} from '../../core/messages.js';
import { oneLine } from '../../core/sanitize.js';
import type { AnswerValue } from '../../core/schema/common.js';
import type { DomainSummary, Position } from '../../core/walk-plan.js';
import { assessArea } from '../../messages/assess.js';
import type { assess } from '../../messages/assess.en.js';
import type { PickState, Pickable } from './choice-keys.js';

/**
 * Every word the walk-through says, from its message catalogues (src/messages/assess.*.ts): in
 * the language asked for with --lang where attune speaks it (English and Welsh), else English,
 * message by message. Texts from the framework arrive here already in the chosen language.
 */

let say: Say<typeof assess> = messagesFor(assessArea, undefined);
let locale = 'en-GB';

/** Sets the language of every word that follows, for --lang (or the answers file's language). */
export function speakIn(lang: string | undefined): void {
  say = messagesFor(assessArea, lang);
  locale = interfaceLanguage(assessArea, lang) === 'en' ? 'en-GB' : (lang ?? 'en-GB');
}

/** The language of the words, for dates and the like (Intl). */
export const wordsLocale = (): string => locale;

/** One message of the walk-through, in the language set by speakIn. */
export const word = (id: keyof typeof assess, params?: Params): string => say(id, params);

/**
 * Words that depend on who answers. People who use the service (a role marked
 * `livedExperience`) are not asked about "your service", nor shown what a team could point to.
 */
export function voiceWords(livedExperience: boolean) {
  return livedExperience
    ? {
        dontKnowHelp: word('dontKnowHelpLived'),
        notApplicableHelp: word('notApplicableHelpLived'),
        helpHelp: word('helpHelpLived'),
      }
    : {
        dontKnowHelp: word('dontKnowHelp'),
        notApplicableHelp: word('notApplicableHelp'),
        helpHelp: word('helpHelp'),
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
  if (value === 'dont-know') return word('dontKnow');
  if (value === 'not-applicable') return word('notApplicable');
  return optionLabel(value);
}

export const answerDone = (label: string) => word('answerDone', { label });

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
        return word('pickNothing', { hint: word('keysHint') });
      case 'no-such':
        return word('pickNoSuch', { typed: problem.typed, last });
      case 'cannot':
        return word('pickCannot', { number: problem.number, why: problem.why });
      case 'not-a-choice-key':
        return word('pickNotAKey', { hint: word('keysHint') });
    }
  }
  const typed = state.typed;
  if (typed === '') return word('keysHint');
  if (litLabel !== undefined) return word('pickTyped', { typed, label: litLabel });
  const n = Number.parseInt(typed, 10);
  const why = choices[n - 1]?.disabled;
  return why === undefined || !/^[1-9]\d*$/.test(typed)
    ? word('pickTypedNone', { typed, last })
    : word('pickTypedCannot', { typed, why });
}

export function welcome(o: {
  title: string;
  version: string;
  questions: number;
  domains: number;
  file: string;
}): string {
  return [
    word('welcomeTitle', { title: o.title, version: o.version }),
    word('welcomeCount', { questions: o.questions, domains: o.domains }),
    word('welcomeSkip'),
    word('welcomeSaved', { file: o.file }),
    word('welcomePause'),
  ].join('\n\n');
}

/** "25 minutes", "1 hour", "1 hour 30 minutes". */
export const duration = (minutes: number): string => spokenDuration(minutes, word);

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
  if (o.questions === 0) return word('noQuestions');
  const count = [
    word('introCount', { questions: o.questions, domains: o.domains }),
    ...(o.conditional ? [word('introMore')] : []),
  ].join(' ');
  const time = word(o.workshop ? 'timeGroup' : 'timeAlone', {
    duration: duration(o.minutes),
  });
  return [
    `${count} ${time}`,
    ...(o.intro === undefined ? [] : [o.intro]),
    ...(o.support === undefined ? [] : [supportText(o.support)]),
  ].join('\n\n');
}

export const supportText = (support: string) => word('support', { support });

/** Shown after the last question, once the answers are marked complete. */
export function closing(o: { closing?: string; support?: string }): string {
  return [
    o.closing === undefined ? `${word('thanks')} ${word('completed')}` : word('completed'),
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
    word('welcomeBack', { title: o.title }),
    word('soFar', { answered: o.answered, total: o.total, skipped: o.skipped }),
    o.at === undefined ? word('allDone') : word('carryingOn', { at: o.at, total: o.total }),
    word('savedEach', { file: o.file }),
  ].join('\n\n');
}

export function versionNote(was: string, now: string, id: string): string {
  return word('versionNote', { was, now, id });
}

export function removedNote(id: string, frameworkId: string, version: string): string {
  return word('removedNote', { id, framework: frameworkId, version });
}

export function heading(p: Position, domainTitle: string): string {
  return word('heading', {
    domain: domainTitle,
    domainNumber: p.domainNumber,
    domainCount: p.domainCount,
    number: p.number,
    total: p.total,
  });
}

export function questionScreen(o: {
  heading: string;
  text: string;
  answer?: string;
  skipped: boolean;
  note?: string;
}): string {
  const lines = [o.heading, '', o.text];
  if (o.answer !== undefined) lines.push('', word('answerSoFar', { answer: o.answer }));
  else if (o.skipped) lines.push('', word('skippedEarlier'));
  if (o.note !== undefined) lines.push(word('yourNote', { note: forTerminal(o.note) }));
  return lines.join('\n');
}

export function helpText(help: string | undefined, evidence: readonly string[]): string {
  const parts: string[] = [];
  if (help !== undefined) parts.push(help);
  if (evidence.length > 0)
    parts.push([word('pointTo'), ...evidence.map((e) => `- ${e}`)].join('\n'));
  return parts.join('\n\n');
}

export function droppedNote(questionText: string, keptNote: boolean): string {
  const dropped = word('dropped', { question: questionText });
  return keptNote ? `${dropped} ${word('droppedNoteKept')}` : dropped;
}

/**
 * Questions a change has made apply. Walking on, they come in their turn; changed from the
 * review, they wait there among the questions not answered yet.
 */
export function openedNote(questionTexts: readonly string[], inTurn: boolean): string {
  const said = word(inTurn ? 'openedInTurn' : 'openedInReview', { count: questionTexts.length });
  return [said, ...questionTexts.map((t) => `- ${t}`)].join('\n');
}

export function counts(s: Pick<DomainSummary, 'answered' | 'skipped' | 'open'>): string {
  const parts = [word('countAnswered', { count: s.answered })];
  if (s.skipped > 0) parts.push(word('countSkipped', { count: s.skipped }));
  if (s.open > 0) parts.push(word('countOpen', { count: s.open }));
  return parts.join(', ');
}

export function reviewSummary(domains: { title: string; counts: string }[]): string {
  if (domains.length === 0) return `${word('reviewNone')}\n\n${word('reviewNothing')}`;
  return [word('reviewTitle'), '', ...domains.map((d) => `- ${d.title}: ${d.counts}`)].join('\n');
}

export const answerOpen = (n: number) => word('answerOpen', { count: n });

export const changeIn = (domainTitle: string) => word('changeIn', { domain: domainTitle });

export const domainMessage = (domainTitle: string) =>
  word('domainMessage', { domain: domainTitle });

export function questionStatus(status: 'answered' | 'skipped' | 'open', answer?: string): string {
  if (status === 'answered') return word('statusAnswered', { answer: answer ?? '' });
  return word(status === 'skipped' ? 'statusSkipped' : 'statusOpen');
}

export const unfinishedMessage = (n: number) => word('unfinished', { count: n });

export const carryOnWith = (file: string) => word('carryOnWith', { file });

export function unfinishedDetail(answered: number, saved: string | undefined): string {
  return saved === undefined
    ? word('answeredSoFar', { count: answered })
    : word('answeredSoFarSaved', { count: answered, saved });
}

/** Said at a pause; the command that carries on follows it, on lines of its own. */
export function paused(file: string): string {
  return `${word('paused', { file })}\n${word('toCarryOn')}`;
}

/** Said after Ctrl-C; the command that carries on follows where anything was saved. */
export function stopped(file: string | undefined): string {
  return file === undefined
    ? word('stoppedNothing')
    : `${word('stopped', { file })}\n${word('toCarryOn')}`;
}

export function tookOver(pid: number): string {
  return word('tookOver', { pid });
}

/** A lock from another computer, whose process cannot be checked from here: the person decides. */
export function lockedElsewhere(shown: string, host: string, since: string): string {
  return word('lockedElsewhere', { file: shown, host, since });
}

export const badLang = (lang: string) => word('badLang', { lang });

/** Quotes a word for a POSIX shell only where it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

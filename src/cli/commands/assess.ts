import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { isoSecond } from '../../core/dates.js';
import { Cancelled, InputError } from '../../core/errors.js';
import { pickText, type Framework } from '../../core/framework.js';
import { LANG_PATTERN, type Text } from '../../core/schema/common.js';
import { oneLine, terminalText } from '../../core/sanitize.js';
import type { AnswersDoc } from '../../core/schema/answers.js';
import { startPlace } from '../../core/walk-machine.js';
import { shownQuestions, statusOf } from '../../core/walk-plan.js';
import { saveAnswers } from '../../io/answers-file.js';
import { writeFileSafely } from '../../io/write-file.js';
import { heldMessage, tryLockAnswers, type AnswersLock } from '../../io/answers-lock.js';
import { FrameworkLoader } from '../../io/load-framework.js';
import {
  claimDefaultAnswersFile,
  claimNamedAnswersFile,
  unfinishedAnswersFiles,
} from '../../io/new-answers-file.js';
import { answersFrameworkId, loadForResume } from '../../io/resume-answers.js';
import { shownPath } from '../../io/shown-path.js';
import type { Asker } from '../assess/asker.js';
import { inquirerAsker, readingWidth } from '../assess/inquirer-asker.js';
import { commandLines, launcher } from '../assess/launcher.js';
import { lockPrompt, resumePrompt } from '../assess/prompts.js';
import { askWho, introduce, newAnswers, walkThrough } from '../assess/walk.js';
import * as w from '../assess/wording.js';
import type { Context } from '../context.js';

export interface AssessOptions {
  framework?: string;
  lang?: string;
  out?: string;
  resume?: string;
  /** The report written at the end. */
  format?: 'md' | 'html' | 'json';
}

export const DEFAULT_FRAMEWORK = 'trauma-informed-organisation';

/** An answers file being written: where, as the person named it, and whether it exists yet. */
interface Session {
  path: string;
  shown: string;
  saved: boolean;
  lock?: AnswersLock;
}

export async function assess(options: AssessOptions, ctx: Context): Promise<void> {
  w.speakIn(options.lang);
  if (!ctx.interactive) throw new InputError(w.word('noTerminal'));
  if (options.lang !== undefined && !LANG_PATTERN.test(options.lang))
    throw new InputError(w.badLang(oneLine(options.lang, 40)));
  // Ctrl-C between two prompts (while saving, say) arrives as a signal, and SIGTERM (a shutdown,
  // a kill) is treated alike: stop at once, with every answer saved and the lock released.
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const session: Partial<Session> = {};
  const releaseOnExit = () => session.lock?.releaseSync();
  process.on('exit', releaseOnExit);
  const asker = inquirerAsker(
    { input: process.stdin, output: process.stdout },
    ctx.out.paintOut,
    interrupt.signal,
  );
  try {
    await run(options, ctx, asker, session);
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    const file = session.saved ? session.shown : undefined;
    ctx.out.stdout('\n');
    asker.say(w.stopped(file));
    if (file !== undefined) ctx.out.stdout(`${resumeCommand(file, options, ctx)}\n`);
    throw new Cancelled('');
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    await session.lock?.release();
    process.off('exit', releaseOnExit);
  }
}

async function run(
  options: AssessOptions,
  ctx: Context,
  asker: Asker,
  session: Partial<Session>,
): Promise<void> {
  const loader = new FrameworkLoader(ctx.cwd);
  let doc: AnswersDoc;
  let framework: Framework;
  let lang = options.lang;
  let resume = options.resume;
  if (resume === undefined && options.out === undefined) {
    const starting = await loader.require(options.framework ?? DEFAULT_FRAMEWORK);
    resume = await offerUnfinished(starting, ctx, asker);
  }

  if (resume !== undefined) {
    const shown = resume;
    const path = resolve(ctx.cwd, shown);
    // Read first, so that a missing or broken file is named as such, not its lock.
    const fileId = await answersFrameworkId(path, shown);
    Object.assign(session, { path, shown, saved: true });
    const lock = await lockForResume(path, shown, asker);
    // The person chose to carry on on the other computer: nothing more to do here.
    if (lock === undefined) return;
    session.lock = lock;
    framework = await frameworkForResume(loader, options.framework, fileId, shown);
    const resumed = await loadForResume(path, shown, framework);
    doc = resumed.doc;
    lang ??= doc.lang;
    w.speakIn(lang);
    if (options.lang !== undefined) doc = { ...doc, lang: options.lang };
    const was = session.lock.tookOverFrom;
    if (was && was.host === hostname()) asker.say(w.tookOver(was.pid));
    if (doc.framework.version !== framework.version)
      asker.say(w.versionNote(doc.framework.version, framework.version, framework.id));
    for (const id of resumed.removed) asker.say(w.removedNote(id, framework.id, framework.version));
    for (const f of resumed.warnings) asker.say(w.word('fileNote', { message: f.message }));
    const shownQs = shownQuestions(framework, doc);
    const place = startPlace(framework, doc);
    asker.say(
      w.welcomeBack({
        title: text(framework, lang, framework.title),
        file: shown,
        answered: shownQs.filter((q) => statusOf(doc, q.id) === 'answered').length,
        skipped: shownQs.filter((q) => statusOf(doc, q.id) === 'skipped').length,
        total: shownQs.length,
        ...(place.at === 'question' && { at: shownQs.indexOf(place.question) + 1 }),
      }),
    );
    // Stopped before the first question ("Not now"): the introduction again, as nothing since.
    if (Object.keys(doc.answers).length === 0 && (doc.skipped ?? []).length === 0) {
      const begin = await introduce({ framework, asker, ...(lang !== undefined && { lang }) }, doc);
      if (!begin) return pause(shown, { framework, lang, options, ctx, asker });
    }
  } else {
    framework = await loader.require(options.framework ?? DEFAULT_FRAMEWORK);
    const now = new Date();
    const claimed =
      options.out !== undefined
        ? await claimNamedAnswersFile(resolve(ctx.cwd, options.out), options.out, w.word)
        : await claimDefaultAnswersFile(ctx.cwd, framework.id, now);
    Object.assign(session, {
      path: claimed.path,
      shown: options.out ?? shownPath(ctx.cwd, claimed.path),
      saved: false,
      lock: claimed.lock,
    });
    asker.say(
      w.welcome({
        title: text(framework, lang, framework.title),
        version: framework.version,
        questions: framework.questions.length,
        domains: framework.domains.length,
        file: session.shown ?? claimed.path,
      }),
    );
    const who = await askWho({ framework, asker, ...(lang !== undefined && { lang }) });
    doc = newAnswers(framework, who, now, lang);
    await save(claimed.path, doc);
    session.saved = true;
    const begin = await introduce({ framework, asker, ...(lang !== undefined && { lang }) }, doc);
    if (!begin)
      return pause(session.shown ?? claimed.path, { framework, lang, options, ctx, asker });
  }

  const path = session.path ?? '';
  const shown = session.shown ?? path;
  const end = await walkThrough(
    {
      framework,
      asker,
      save: (next) => save(path, next),
      ...(lang !== undefined && { lang }),
    },
    doc,
  );
  if (end.end === 'paused') return pause(shown, { framework, lang, options, ctx, asker });
  // As last saved: the file's `updated` is stamped at each save, not kept in memory.
  const answered = { ...end.doc, updated: isoSecond(new Date()) };
  await writeReportFor(
    path,
    framework,
    answered,
    { ...options, ...(lang !== undefined && { lang }) },
    ctx,
  );
}

/**
 * Beside a new assessment, unfinished answers to the same framework (under the default name)
 * are offered to carry on with. Resolves to the file chosen, or undefined to start afresh.
 */
async function offerUnfinished(
  framework: Framework,
  ctx: Context,
  asker: Asker,
): Promise<string | undefined> {
  const files = await unfinishedAnswersFiles(ctx.cwd, framework.id);
  if (files.length === 0) return undefined;
  const when = new Intl.DateTimeFormat(w.wordsLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const chosen = await asker.choose(
    resumePrompt(
      files.map((f) => ({
        shown: f.name,
        answered: Object.values(f.doc.answers).filter((a) => a.value !== undefined).length,
        ...(f.doc.updated !== undefined && { saved: when.format(new Date(f.doc.updated)) }),
      })),
    ),
  );
  return chosen ?? undefined;
}

/**
 * Locks the answers file to carry on with. A lock left by a process on this computer that has
 * ended is taken over (and said so); one from another computer cannot be checked from here, so
 * the person is asked whether attune has stopped there, and may take the file over (or stop:
 * undefined).
 */
async function lockForResume(
  path: string,
  shown: string,
  asker: Asker,
): Promise<AnswersLock | undefined> {
  let attempt = await tryLockAnswers(path);
  const owner = !attempt.ok ? attempt.heldBy : undefined;
  if (owner !== undefined && owner.host !== hostname()) {
    asker.say(
      w.lockedElsewhere(shown, owner.host, `${owner.since.replace('T', ' ').slice(0, 16)} UTC`),
    );
    if (!(await asker.choose(lockPrompt()))) return undefined;
    attempt = await tryLockAnswers(path, new Date(), owner);
  }
  if (attempt.ok) return attempt.lock;
  throw new InputError(heldMessage(shown, attempt.heldBy, w.word));
}

/** Pausing prints where the answers are, how to carry on, and where to get support. */
function pause(
  shown: string,
  o: {
    framework: Framework;
    lang: string | undefined;
    options: AssessOptions;
    ctx: Context;
    asker: Asker;
  },
): void {
  o.asker.say(w.paused(shown));
  o.ctx.out.stdout(`${resumeCommand(shown, o.options, o.ctx)}\n`);
  if (o.framework.support !== undefined)
    o.asker.say(w.supportText(text(o.framework, o.lang, o.framework.support)));
}

/**
 * The finish step's last part: writes the report of the answers just given next to their file
 * (the same name, with `.report.md`, `.html` or `.json`) and prints both paths. The answers are
 * counted as they are, with the framework already loaded: nothing is read back.
 */
export async function writeReportFor(
  answersPath: string,
  framework: Framework,
  doc: AnswersDoc,
  options: AssessOptions,
  ctx: Context,
): Promise<void> {
  const format = options.format ?? 'md';
  const reportPath = answersPath.replace(/\.(ya?ml|json)$/i, '') + `.report.${format}`;
  const { ownReport } = await import('../report-job.js');
  const { findingsText } = await import('../../render/report/findings-text.js');
  const { text, model } = ownReport(
    framework,
    doc,
    { format, minGroupSize: 3, ...(options.lang !== undefined && { lang: options.lang }) },
    ctx,
  );
  await writeFileSafely(reportPath, text);
  // The key findings the report opens with, on screen too; framework texts made safe to print.
  const findings = findingsText(model, readingWidth(process.stdout));
  ctx.out.stdout(
    `${findings ? `\n${terminalText(findings)}` : ''}\n${w.word('answersAt', { file: shownPath(ctx.cwd, answersPath) })}\n${w.word('reportAt', { file: shownPath(ctx.cwd, reportPath) })}\n`,
  );
}

async function save(path: string, doc: AnswersDoc): Promise<void> {
  await saveAnswers(path, { ...doc, updated: isoSecond(new Date()) });
}

/** The framework to carry on with: the one named, else the one the answers file names. */
async function frameworkForResume(
  loader: FrameworkLoader,
  named: string | undefined,
  id: string,
  shown: string,
): Promise<Framework> {
  if (named !== undefined) return loader.require(named);
  try {
    return await loader.require(id);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(w.word('frameworkNotFound', { file: shown, id }));
  }
}

/**
 * The command that carries on, typed the way this one was started, with the options that
 * matter again: the framework, the language and the report's format.
 */
function resumeCommand(shown: string, options: AssessOptions, ctx: Context): string {
  const words = [
    ...launcher(process.argv[1], ctx.env, ctx.cwd),
    'assess',
    '--resume',
    shown,
    ...(options.framework !== undefined ? ['--framework', options.framework] : []),
    ...(options.lang !== undefined ? ['--lang', options.lang] : []),
    ...(options.format !== undefined && options.format !== 'md'
      ? ['--format', options.format]
      : []),
  ];
  return commandLines(words, readingWidth(process.stdout));
}

const text = (framework: Framework, lang: string | undefined, value: Text) =>
  w.forTerminal(pickText(value, lang, framework.language));

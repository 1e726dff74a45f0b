import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { loadAnswers } from './answers-file.js';
import { tryLockAnswers, type AnswersLock, heldMessage, inEnglish } from './answers-lock.js';
import type { Say } from '../core/messages.js';
import type { assess } from '../messages/assess.en.js';

/** `attune-answers-<framework>-<date>.yaml`, the date local, as the person reads it. */
export function defaultAnswersName(frameworkId: string, date: Date, n = 1): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  return `attune-answers-${frameworkId}-${day}${n > 1 ? `-${n}` : ''}.yaml`;
}

export interface ClaimedFile {
  path: string;
  lock: AnswersLock;
}

/**
 * Picks the first free default name in `dir` (adding -2, -3, … to the date) and locks it, so
 * that an existing file is never overwritten, nor a name another walk-through has just taken.
 */
export async function claimDefaultAnswersFile(
  dir: string,
  frameworkId: string,
  date: Date,
): Promise<ClaimedFile> {
  for (let n = 1; n <= 1000; n++) {
    const path = join(dir, defaultAnswersName(frameworkId, date, n));
    if (existsSync(path)) continue;
    const attempt = await tryLockAnswers(path, date);
    if (!attempt.ok) continue;
    // Written by someone else between the check and the lock.
    if (existsSync(path)) {
      await attempt.lock.release();
      continue;
    }
    return { path, lock: attempt.lock };
  }
  throw new InputError(
    `${dir}: there are already 1000 answers files for ${frameworkId} dated today; choose a name with --out`,
  );
}

/**
 * Locks a file named with --out for a new assessment. An existing file is never overwritten:
 * it may hold someone's answers. `say`: the walk-through's words in its language (else English).
 */
export async function claimNamedAnswersFile(
  path: string,
  shown: string,
  say?: Say<typeof assess>,
): Promise<ClaimedFile> {
  const attempt = await tryLockAnswers(path);
  if (!attempt.ok) throw new InputError(heldMessage(shown, attempt.heldBy, say));
  if (existsSync(path)) {
    await attempt.lock.release();
    throw new InputError((say ?? inEnglish)('fileExists', { file: shown }));
  }
  return { path, lock: attempt.lock };
}

export interface UnfinishedAnswers {
  path: string;
  /** The file's name in the folder. */
  name: string;
  doc: AnswersDoc;
}

/** Offering more than this many unfinished files would be a list nobody reads. */
const MOST_UNFINISHED = 9;

/**
 * Answers files in `dir` under the default name for this framework that are still in progress:
 * the ones a new walk-through offers to carry on with. Most recently saved first. Only regular
 * files are read (never a link, a device or a pipe), and a file that cannot be read as answers
 * is passed over: it can still be named with --resume, which says what is wrong with it.
 */
export async function unfinishedAnswersFiles(
  dir: string,
  frameworkId: string,
): Promise<UnfinishedAnswers[]> {
  const prefix = `attune-answers-${frameworkId}-`;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: UnfinishedAnswers[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.startsWith(prefix) || !entry.name.endsWith('.yaml'))
      continue;
    const path = join(dir, entry.name);
    const doc = (await loadAnswers(path, entry.name).catch(() => undefined))?.doc;
    if (doc?.status === 'in-progress' && doc.framework.id === frameworkId)
      found.push({ path, name: entry.name, doc });
  }
  const saved = (u: UnfinishedAnswers) => u.doc.updated ?? u.doc.started ?? '';
  return found
    .sort((a, b) => saved(b).localeCompare(saved(a)) || a.name.localeCompare(b.name))
    .slice(0, MOST_UNFINISHED);
}

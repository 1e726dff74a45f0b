import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { tryLockAnswers, type AnswersLock, heldMessage } from './answers-lock.js';

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
 * it may hold someone's answers.
 */
export async function claimNamedAnswersFile(path: string, shown: string): Promise<ClaimedFile> {
  const attempt = await tryLockAnswers(path);
  if (!attempt.ok) throw new InputError(heldMessage(shown, attempt.heldBy));
  if (existsSync(path)) {
    await attempt.lock.release();
    throw new InputError(
      `${shown} already exists. To carry on with those answers, use --resume ${shown}; to start again, choose another file with --out`,
    );
  }
  return { path, lock: attempt.lock };
}

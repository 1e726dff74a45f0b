import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { InputError } from '../core/errors.js';
import { messagesFor, type Say } from '../core/messages.js';
import { assessArea } from '../messages/assess.js';
import type { assess } from '../messages/assess.en.js';
import { errorCode, readBytes, readBytesSync } from './read-file.js';
import { writeError } from './write-file.js';

/**
 * A lock beside an answers file (`<file>.lock`), so that two walk-throughs never write the same
 * answers at once. The lock names its process; a lock whose process is gone (killed, or the
 * computer restarted) is stale and is taken over. The lock is written whole, through a hard
 * link from a temporary file, so nobody ever reads half of one.
 */

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** Tells this lock from any later one of the same process. */
  token: string;
}

export interface AnswersLock {
  readonly file: string;
  /** The owner of the stale lock this one replaced, if any. */
  readonly tookOverFrom?: LockOwner;
  release(): Promise<void>;
  /** For process exit, where nothing asynchronous runs any more. */
  releaseSync(): void;
}

export type LockAttempt = { ok: true; lock: AnswersLock } | { ok: false; heldBy?: LockOwner };

export const lockFileOf = (answersPath: string) => `${answersPath}.lock`;

/** A lock without an owner that can be read is someone's half-made one for this long. */
const UNREADABLE_GRACE_MS = 5_000;

/**
 * Takes the lock of an answers file, or says who holds it. `release` names a lock that a person
 * has said is no longer in use (one from another computer, whose process cannot be checked from
 * here): that very lock is taken over, and any other is still refused.
 */
export async function tryLockAnswers(
  answersPath: string,
  now = new Date(),
  release?: LockOwner,
): Promise<LockAttempt> {
  const file = lockFileOf(answersPath);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: now.toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  let tookOverFrom: LockOwner | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await create(file, me)) return { ok: true, lock: handle(file, me, tookOverFrom) };
    const found = await inspect(file);
    if (found.state === 'gone') continue;
    const released = release !== undefined && found.owner?.token === release.token;
    if (found.state === 'held' && !released)
      return found.owner ? { ok: false, heldBy: found.owner } : { ok: false };
    if (await removeStale(file, found.owner)) tookOverFrom = found.owner;
  }
  return { ok: false };
}

/** Takes the lock, or ends the command with a message saying who holds it and what to do. */
export async function lockAnswers(answersPath: string, shown: string): Promise<AnswersLock> {
  const attempt = await tryLockAnswers(answersPath);
  if (attempt.ok) return attempt.lock;
  throw new InputError(heldMessage(shown, attempt.heldBy));
}

/** The walk-through's words in English, for a message with no --lang to follow. */
export const inEnglish: Say<typeof assess> = messagesFor(assessArea, undefined);

export function heldMessage(
  shown: string,
  owner: LockOwner | undefined,
  say: Say<typeof assess> = inEnglish,
): string {
  if (!owner) return say('heldStarting', { file: shown });
  const since = `${owner.since.replace('T', ' ').slice(0, 16)} UTC`;
  // A lock from this computer whose process has ended is taken over without a word from
  // anyone; one from another computer cannot be checked, so only a person can free it.
  return owner.host === hostname()
    ? say('heldHere', { file: shown, pid: owner.pid, since })
    : say('heldElsewhere', { file: shown, host: owner.host, pid: owner.pid, since });
}

async function create(file: string, me: LockOwner): Promise<boolean> {
  const temp = `${file}.${me.token}.tmp`;
  const text = `${JSON.stringify(me)}\n`;
  await writeFile(temp, text, { flag: 'wx' }).catch((error: unknown) => {
    throw writeError(file, error);
  });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links: an exclusive create (briefly empty, see inspect).
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      try {
        await writeFile(file, text, { flag: 'wx' });
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw writeError(file, inner);
      }
    }
    throw writeError(file, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

type Found =
  { state: 'gone' } | { state: 'held'; owner?: LockOwner } | { state: 'stale'; owner?: LockOwner };

async function inspect(file: string): Promise<Found> {
  let text: string;
  let mtime: number;
  try {
    [text, mtime] = await Promise.all([readLock(file), stat(file).then((s) => s.mtimeMs)]);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'gone' };
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read the lock file (${String(error)})`);
  }
  const owner = parseOwner(text);
  if (!owner) {
    return Date.now() - mtime > UNREADABLE_GRACE_MS ? { state: 'stale' } : { state: 'held' };
  }
  return isRunning(owner) ? { state: 'held', owner } : { state: 'stale', owner };
}

/** A lock file is a line of JSON; one larger than this is not one attune wrote. */
const LOCK_LIMIT = 64 * 1024;

/** A lock file's text (through read-file.ts: a pipe put in its place cannot hold things up). */
async function readLock(file: string): Promise<string> {
  const read = await readBytes(file, LOCK_LIMIT);
  return read.ok ? read.bytes.toString('utf8') : '';
}

function readLockSync(file: string): string {
  const read = readBytesSync(file, LOCK_LIMIT);
  return read.ok ? read.bytes.toString('utf8') : '';
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof data.pid === 'number' &&
      typeof data.host === 'string' &&
      typeof data.since === 'string' &&
      typeof data.token === 'string'
    )
      return data as LockOwner;
  } catch {
    // Not a lock attune wrote whole.
  }
  return undefined;
}

/** A process on another computer cannot be checked, so its lock is taken to be held. */
function isRunning(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Moves the stale lock aside and deletes it. Two processes may find the same stale lock: the
 * rename lets only one of them move it, and one that moved a fresh lock instead puts it back.
 */
async function removeStale(file: string, stale: LockOwner | undefined): Promise<boolean> {
  const aside = `${file}.${randomBytes(8).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw writeError(file, error);
  }
  const moved = parseOwner(await readLock(aside).catch(() => ''));
  if (moved?.token !== stale?.token) {
    await link(aside, file).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    return false;
  }
  await unlink(aside).catch(() => undefined);
  return true;
}

function handle(file: string, me: LockOwner, tookOverFrom: LockOwner | undefined): AnswersLock {
  let released = false;
  const ours = (text: string) => parseOwner(text)?.token === me.token;
  return {
    file,
    ...(tookOverFrom && { tookOverFrom }),
    async release() {
      if (released) return;
      released = true;
      const text = await readLock(file).catch(() => '');
      if (ours(text)) await unlink(file).catch(() => undefined);
    },
    releaseSync() {
      if (released) return;
      released = true;
      try {
        if (ours(readLockSync(file))) unlinkSync(file);
      } catch {
        // Already gone.
      }
    },
  };
}

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/core/messages.js';
import { heldMessage, lockAnswers, lockFileOf, tryLockAnswers } from '../../src/io/answers-lock.js';
import { assessArea } from '../../src/messages/assess.js';
import {
  claimDefaultAnswersFile,
  claimNamedAnswersFile,
  defaultAnswersName,
} from '../../src/io/new-answers-file.js';
import { tempDir } from '../helpers.js';

/** The pid of a process that has ended, so that nothing runs under it (for a while). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

const writeLock = (answers: string, owner: object) =>
  writeFileSync(lockFileOf(answers), JSON.stringify(owner));

describe('the lock beside an answers file', () => {
  it('is taken, refused to a second taker while held, and free again once released', async () => {
    const file = join(tempDir(), 'a.yaml');
    const lock = await lockAnswers(file, 'a.yaml');
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    // Held by a process on this computer: once it ends, its lock is taken over, so there is
    // nothing for anyone to delete.
    const held = await lockAnswers(file, 'a.yaml').catch(
      (error: unknown) => (error as Error).message,
    );
    expect(held).toMatch(
      new RegExp(
        `^a\\.yaml is open in another attune assess \\(process ${process.pid}, since .* UTC\\)\\. Carry on there, or pause it first; once it has ended, the file is free again\\.$`,
      ),
    );
    expect(held).not.toContain('delete');
    await lock.release();
    expect(existsSync(lockFileOf(file))).toBe(false);
    const again = await tryLockAnswers(file);
    expect(again.ok).toBe(true);
    if (again.ok) again.lock.releaseSync();
    expect(existsSync(lockFileOf(file))).toBe(false);
    // No temporary files left behind.
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });

  it('takes over a lock whose process has ended, and says whose it was', async () => {
    const file = join(tempDir(), 'a.yaml');
    const pid = deadPid();
    writeLock(file, { pid, host: hostname(), since: '2026-11-22T10:00:00.000Z', token: 'old' });
    const attempt = await tryLockAnswers(file);
    expect(attempt.ok && attempt.lock.tookOverFrom?.pid).toBe(pid);
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('treats a lock from another computer as held: its process cannot be checked', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeLock(file, {
      pid: deadPid(),
      host: 'elsewhere',
      since: '2026-11-22T10:00:00.000Z',
      token: 't',
    });
    await expect(lockAnswers(file, 'a.yaml')).rejects.toThrow(
      /^a\.yaml is open in another attune assess on elsewhere \(process \d+, since 2026-11-22 10:00 UTC\)\. Carry on there, or pause it first; once it has ended, the file is free again\.$/,
    );
  });

  it('takes over a lock from another computer only when that very lock is named', async () => {
    const file = join(tempDir(), 'a.yaml');
    const owner = { pid: 4242, host: 'elsewhere', since: '2026-11-22T10:00:00.000Z', token: 't' };
    writeLock(file, owner);
    const other = { ...owner, token: 'not-this-one' };
    const refused = await tryLockAnswers(file, new Date(), other);
    expect(refused).toEqual({ ok: false, heldBy: owner });
    const taken = await tryLockAnswers(file, new Date(), owner);
    expect(taken.ok && taken.lock.tookOverFrom).toEqual(owner);
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: process.pid });
    if (taken.ok) await taken.lock.release();
  });

  it('waits out a lock it cannot read while it may be being written, then takes it over', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(lockFileOf(file), '');
    expect((await tryLockAnswers(file)).ok).toBe(false);
    await expect(lockAnswers(file, 'a.yaml')).rejects.toThrow(
      'a.yaml is open in another attune assess, which is just starting. Try again in a moment.',
    );
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFileOf(file), old, old);
    expect((await tryLockAnswers(file)).ok).toBe(true);
  });

  it('on release, leaves alone a lock that is no longer its own', async () => {
    const file = join(tempDir(), 'a.yaml');
    const lock = await lockAnswers(file, 'a.yaml');
    writeLock(file, { pid: process.pid, host: hostname(), since: 'x', token: 'someone-else' });
    await lock.release();
    expect(existsSync(lockFileOf(file))).toBe(true);
  });
});

describe('naming a new answers file', () => {
  const date = new Date(2026, 10, 22, 23, 30);

  it('uses the framework id and the local date', () => {
    expect(defaultAnswersName('small-example', date)).toBe(
      'attune-answers-small-example-2026-11-22.yaml',
    );
    expect(defaultAnswersName('small-example', date, 3)).toBe(
      'attune-answers-small-example-2026-11-22-3.yaml',
    );
  });

  it('never reuses the name of an existing file, nor one locked by a walk-through running now', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, defaultAnswersName('x', date)), 'attune: 1\n');
    const second = await claimDefaultAnswersFile(dir, 'x', date);
    expect(second.path).toBe(join(dir, defaultAnswersName('x', date, 2)));
    const third = await claimDefaultAnswersFile(dir, 'x', date);
    expect(third.path).toBe(join(dir, defaultAnswersName('x', date, 3)));
    await second.lock.release();
    await third.lock.release();
  });

  it('refuses an --out file that exists, pointing at --resume', async () => {
    const dir = tempDir();
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'attune: 1\n');
    await expect(claimNamedAnswersFile(file, 'mine.yaml')).rejects.toThrow(
      'mine.yaml already exists. To carry on with those answers, use --resume mine.yaml; to start again, choose another file with --out',
    );
    expect(existsSync(lockFileOf(file))).toBe(false);
  });

  it('says so in Welsh for a walk-through in Welsh', async () => {
    const dir = tempDir();
    const file = join(dir, 'fy-atebion.yaml');
    writeFileSync(file, 'attune: 1\n');
    const cy = messagesFor(assessArea, 'cy');
    await expect(claimNamedAnswersFile(file, 'fy-atebion.yaml', cy)).rejects.toThrow(
      'Mae fy-atebion.yaml yn bodoli’n barod. I barhau gyda’r atebion hynny, defnyddiwch --resume fy-atebion.yaml',
    );
    const held = await tryLockAnswers(file);
    if (!held.ok) throw new Error('the file was free');
    await expect(claimNamedAnswersFile(file, 'fy-atebion.yaml', cy)).rejects.toThrow(
      /^Mae fy-atebion.yaml ar agor mewn attune assess arall \(proses \d+, ers \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\. Parhewch yno/,
    );
    await held.lock.release();
    const since = '2026-12-03T08:00:00.000Z';
    const owner = { pid: 4242, host: 'laptop-2', since, token: 't' };
    expect(heldMessage('a.yaml', owner, cy)).toContain(
      'ar laptop-2 (proses 4242, ers 2026-12-03 08:00 UTC)',
    );
    expect(heldMessage('a.yaml', owner)).toBe(
      'a.yaml is open in another attune assess on laptop-2 (process 4242, since 2026-12-03 08:00 UTC). Carry on there, or pause it first; once it has ended, the file is free again.',
    );
    expect(heldMessage('a.yaml', undefined, cy)).toBe(
      'Mae a.yaml ar agor mewn attune assess arall, sy’n dechrau. Rhowch gynnig arall arni mewn munud.',
    );
  });
});

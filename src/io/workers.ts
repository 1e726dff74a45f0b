import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import { packageRoot } from './package-paths.js';

/** The jobs a worker thread can do (src/io/worker.ts). */
export type WorkerTask = 'validate' | 'report';

/** One thread per core, up to four; ATTUNE_THREADS (read by the CLI) can lower it. */
export const defaultThreads = (): number => Math.min(availableParallelism(), 4);

/** `items` in one contiguous share per thread, of about equal length. */
export function evenShares<T>(items: readonly T[], threads: number): T[][] {
  const size = Math.ceil(items.length / threads);
  return Array.from({ length: threads }, (_, i) => items.slice(i * size, (i + 1) * size)).filter(
    (share) => share.length > 0,
  );
}

/**
 * Runs `task` on each share in its own worker thread (the built dist/worker.js), returning the
 * results in order. Undefined where that is not possible (fewer than two shares, or attune
 * running from its sources, as in unit tests): then the caller does the work itself.
 */
export async function inWorkers<R>(
  task: WorkerTask,
  shares: readonly (readonly unknown[])[],
  shared: Record<string, unknown>,
): Promise<R[] | undefined> {
  const script = join(packageRoot(), 'dist', 'worker.js');
  if (shares.length < 2 || !import.meta.url.includes('/dist/') || !existsSync(script))
    return undefined;
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<R>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { task, items: share, ...shared } });
          worker.once('message', (message: { result?: R; error?: string; input?: boolean }) => {
            if (message.result !== undefined) resolve(message.result);
            else {
              const text = message.error ?? `${task} worker failed`;
              reject(message.input ? new InputError(text) : new Error(text));
            }
          });
          worker.once('error', reject);
        }),
    ),
  );
}

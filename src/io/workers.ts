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

/**
 * Splits `items` into one contiguous share per thread and runs `task` on each share in a worker
 * thread (the built dist/worker.js), returning the results in order. Undefined where that is not
 * possible (one thread, or attune running from its sources, as in unit tests): then the caller
 * does the work itself.
 */
export async function inWorkers<R>(
  task: WorkerTask,
  items: readonly string[],
  threads: number,
  shared: Record<string, unknown>,
): Promise<R[] | undefined> {
  const script = join(packageRoot(), 'dist', 'worker.js');
  if (threads < 2 || !import.meta.url.includes('/dist/') || !existsSync(script)) return undefined;
  const size = Math.ceil(items.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => items.slice(i * size, (i + 1) * size));
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

import { parentPort, workerData } from 'node:worker_threads';
import { AttuneError } from '../core/errors.js';
import type { WorkerTask } from './workers.js';

// One share of a large job, in a worker thread (see workers.ts): the result, or the error as a
// message, which the main thread rethrows (an input error stays an input error).
const data = workerData as { task: WorkerTask; items: unknown[] } & Record<string, unknown>;
try {
  let result: unknown;
  if (data.task === 'validate') {
    const { findingsOf } = await import('./validate-files.js');
    result = await findingsOf(data.items as string[], data.cwd as string);
  } else {
    const { collectShare } = await import('./collect-answers.js');
    result = await collectShare(
      data.items as Parameters<typeof collectShare>[0],
      data as unknown as Parameters<typeof collectShare>[1],
    );
  }
  parentPort?.postMessage({ result });
} catch (error) {
  parentPort?.postMessage({
    error: error instanceof Error ? error.message : String(error),
    input: error instanceof AttuneError,
  });
}

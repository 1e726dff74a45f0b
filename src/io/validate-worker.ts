import { parentPort, workerData } from 'node:worker_threads';
import { AttuneError } from '../core/errors.js';
import { findingsOf } from './validate-files.js';

// One share of a large `validate`: the findings of each file given, in order.
const { files, cwd } = workerData as { files: string[]; cwd: string };
try {
  parentPort?.postMessage({ findings: await findingsOf(files, cwd) });
} catch (error) {
  // An input error (say, an unreadable file) is passed on as it is; the main thread rethrows it.
  parentPort?.postMessage({
    error: error instanceof Error ? error.message : String(error),
    input: error instanceof AttuneError,
  });
}

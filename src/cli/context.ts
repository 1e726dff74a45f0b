import type { Output } from './output.js';

/** What every command gets from the shell: where it runs and where it writes. */
export interface Context {
  cwd: string;
  out: Output;
  env: NodeJS.ProcessEnv;
  /** Whether stdin and stdout are a terminal a person can type in. */
  interactive: boolean;
  /** The arguments as given, where a command needs to tell one use of a flag from the next. */
  argv?: readonly string[];
}

/** ATTUNE_THREADS caps the worker threads used for many files (1: none). */
export function threadsOption(ctx: Context): { threads?: number } {
  const threads = Number.parseInt(ctx.env.ATTUNE_THREADS ?? '', 10);
  return Number.isFinite(threads) && threads > 0 ? { threads } : {};
}

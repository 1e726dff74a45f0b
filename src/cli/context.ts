import type { Output } from './output.js';

/** What every command gets from the shell: where it runs and where it writes. */
export interface Context {
  cwd: string;
  out: Output;
  env: NodeJS.ProcessEnv;
  /** Whether stdin and stdout are a terminal a person can type in. */
  interactive: boolean;
}

import { CommanderError } from 'commander';
import { AttuneError, EXIT } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import { packageVersion } from '../io/package-paths.js';
import type { Context } from './context.js';
import { processOutput } from './output.js';
import { buildProgram } from './program.js';

// Node types say `isTTY: boolean`, but it is undefined on a pipe.
const isTerminal = (stream: { isTTY?: boolean }) => stream.isTTY === true;

/** Exit code for an unexpected error: a bug in attune (EX_SOFTWARE). */
const EXIT_BUG = 70;

/** Parse → run → exit code. Nothing below this file sets the exit code or catches a bug. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug') || Boolean(process.env.ATTUNE_DEBUG);
  const out = processOutput(argv.includes('--no-color'));
  const ctx: Context = {
    cwd: process.cwd(),
    out,
    env: process.env,
    interactive: isTerminal(process.stdin) && isTerminal(process.stdout),
    argv,
  };
  const program = buildProgram(ctx, packageVersion());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error, out.stderr, debug);
  }
}

export function exitCodeFor(
  error: unknown,
  stderr: (text: string) => void,
  debug: boolean,
): number {
  if (error instanceof CommanderError) {
    // Help and version end with code 0; every other commander error is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return EXIT.ok;
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof AttuneError) {
    // One line per problem: a message may list several (each made safe to print).
    if (error.message)
      stderr(
        error.message
          .split('\n')
          .map((line) => `attune: ${oneLine(line, 2000)}\n`)
          .join(''),
      );
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr(
    `attune: unexpected error: ${oneLine(message)}. This is a bug in attune; rerun with --debug to see where, and please report it.\n`,
  );
  if (debug && error instanceof Error && error.stack) stderr(`${error.stack}\n`);
  return EXIT_BUG;
}

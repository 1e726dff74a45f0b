/**
 * The errors attune expects, each with the exit code it ends the command with and a message
 * written for people. Anything else that is thrown is a bug.
 */
export abstract class AttuneError extends Error {
  abstract readonly exitCode: number;
}

/** The user's input cannot be used: a bad flag, a missing or unreadable file, unusable answers. */
export class InputError extends AttuneError {
  readonly exitCode = 2;
  override readonly name = 'InputError';
}

/**
 * Input that is not a regular file (a device, a FIFO, a socket): refused before it is read,
 * wherever it was named, even where another unreadable file would only be a finding.
 */
export class NotARegularFile extends InputError {}

/** The command ran and found problems (invalid frameworks, warnings under --strict). */
export class ProblemsFound extends AttuneError {
  readonly exitCode = 1;
  override readonly name = 'ProblemsFound';
}

/** The person stopped the command (Ctrl-C). */
export class Cancelled extends AttuneError {
  readonly exitCode = 130;
  override readonly name = 'Cancelled';
}

export const EXIT = { ok: 0, problems: 1, input: 2, cancelled: 130 } as const;

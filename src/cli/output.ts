import { Chalk, type ChalkInstance } from 'chalk';
import { terminalText } from '../core/sanitize.js';
import type { Paint } from '../render/paint.js';
import { plain } from '../render/paint.js';

export interface Output {
  /** Writes to standard output; see processOutput for what reaches the terminal. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Writes bytes to standard output as they are (a Word report piped to a file). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Whether standard output is a terminal, where binary output must never go. */
  stdoutIsTerminal?: boolean;
  /** Paint for text bound for stdout / stderr, each according to its own stream. */
  paintOut: Paint;
  paintErr: Paint;
}

/**
 * Colour is on for a terminal, off for pipes and files; NO_COLOR (any non-empty value) and
 * --no-color turn it off, FORCE_COLOR turns it on. Meaning never depends on it.
 */
export function colourLevel(
  stream: NodeJS.WriteStream,
  env: NodeJS.ProcessEnv,
  noColorFlag: boolean,
): 0 | 1 | 2 | 3 {
  if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === 'false' || force === '0') return 0;
    if (force === '' || force === 'true') return 1;
    const n = Number.parseInt(force, 10);
    return (Number.isFinite(n) ? Math.max(0, Math.min(3, n)) : 1) as 0 | 1 | 2 | 3;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

function paintWith(chalk: ChalkInstance): Paint {
  if (chalk.level === 0) return plain;
  return {
    error: chalk.red.bold,
    warning: chalk.yellow,
    ok: chalk.green,
    dim: chalk.dim,
    bold: chalk.bold,
  };
}

/** The exact escape sequences a paint writes: attune's own colours, and nothing else. */
function coloursOf(paint: Paint): ReadonlySet<string> {
  const marked = Object.values(paint)
    .map((f: (s: string) => string) => f('x'))
    .join('');
  // eslint-disable-next-line no-control-regex
  return new Set(marked.match(/\u001b\[[0-9;]*m/g) ?? []);
}

/**
 * The process's two streams. Everything written to them passes through terminalText, the one
 * place that makes sure text from a file reaches the terminal only as text, whatever the command
 * and however the text got there: control characters, escape sequences and bidirectional
 * overrides are shown as escapes, and only attune's own colour codes pass (none where colour is
 * off). Line breaks and tabs are kept. A report written with --out is not changed: it is escaped
 * for its own format.
 */
export function processOutput(noColorFlag: boolean): Output {
  const paintOut = paintWith(
    new Chalk({ level: colourLevel(process.stdout, process.env, noColorFlag) }),
  );
  const paintErr = paintWith(
    new Chalk({ level: colourLevel(process.stderr, process.env, noColorFlag) }),
  );
  const outColours = coloursOf(paintOut);
  const errColours = coloursOf(paintErr);
  return {
    stdout: (text) => void process.stdout.write(terminalText(text, outColours)),
    stderr: (text) => void process.stderr.write(terminalText(text, errColours)),
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
    // Node's types say boolean, but it is undefined on a pipe.
    stdoutIsTerminal: Boolean(process.stdout.isTTY as boolean | undefined),
    paintOut,
    paintErr,
  };
}

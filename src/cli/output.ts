import { Chalk, type ChalkInstance } from 'chalk';
import type { Paint } from '../render/paint.js';
import { plain } from '../render/paint.js';

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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

export function processOutput(noColorFlag: boolean): Output {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    paintOut: paintWith(
      new Chalk({ level: colourLevel(process.stdout, process.env, noColorFlag) }),
    ),
    paintErr: paintWith(
      new Chalk({ level: colourLevel(process.stderr, process.env, noColorFlag) }),
    ),
  };
}

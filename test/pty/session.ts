import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers.js';
import { Terminal } from './terminal.js';

const BRIDGE = join(ROOT, 'test', 'pty', 'bridge.py');

/**
 * The Python interpreter itself, found once: `python3` on the PATH may be a shim (pyenv's is a
 * shell script) that costs a third of a second at every start.
 */
const PYTHON =
  spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8',
  }).stdout.trim() || 'python3';

export interface Exit {
  code: number | null;
  signal: number | null;
}

/** Keys as a terminal sends them. */
export const KEY = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  ctrlC: '\x03',
  backspace: '\x7f',
} as const;

/**
 * attune running in a real pseudo-terminal (through test/pty/bridge.py), 80 columns by
 * default, without colour. Tests wait for text to appear on the screen before they type, never
 * for a fixed time.
 */
export class PtySession {
  readonly terminal: Terminal;
  /** Everything the program has written, escape sequences included. */
  raw = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private pidValue: Promise<number>;
  readonly exited: Promise<Exit>;
  private waiters: (() => void)[] = [];
  /** Where the next wait starts looking in the text, so that old screens never match. */
  private mark = 0;

  constructor(
    args: readonly string[],
    options: { cwd: string; columns?: number; rows?: number; env?: Record<string, string> },
  ) {
    const columns = options.columns ?? 80;
    const rows = options.rows ?? 24;
    this.terminal = new Terminal(columns, rows);
    this.child = spawn(
      PYTHON,
      [BRIDGE, String(columns), String(rows), process.execPath, BIN, ...args],
      {
        cwd: options.cwd,
        env: {
          ...process.env,
          NO_COLOR: '1',
          FORCE_COLOR: undefined,
          ATTUNE_DEBUG: undefined,
          TERM: 'xterm-256color',
          COLUMNS: String(columns),
          LINES: String(rows),
          ...options.env,
        },
      },
    );
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => {
      this.raw += d;
      this.terminal.write(d);
      for (const wake of this.waiters.splice(0)) wake();
    });
    let messages = '';
    const events: Record<string, unknown>[] = [];
    const listeners: (() => void)[] = [];
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => {
      messages += d;
      let nl: number;
      while ((nl = messages.indexOf('\n')) >= 0) {
        const line = messages.slice(0, nl);
        messages = messages.slice(nl + 1);
        events.push(JSON.parse(line) as Record<string, unknown>);
        for (const l of listeners.splice(0)) l();
      }
    });
    const event = (key: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const look = () => {
          const found = events.find((e) => key in e);
          if (found) return resolve(found);
          listeners.push(look);
        };
        this.child.once('close', () =>
          setImmediate(() => reject(new Error(`the bridge ended without "${key}": ${messages}`))),
        );
        look();
      });
    this.pidValue = event('pid').then((e) => e.pid as number);
    this.exited = event('exit').then((e) => ({
      code: e.exit as number | null,
      signal: e.signal as number | null,
    }));
    this.exited.catch(() => undefined);
    this.pidValue.catch(() => undefined);
    this.child.once('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  get pid(): Promise<number> {
    return this.pidValue;
  }

  /**
   * What the program wrote, without escape sequences: it only grows (unlike the screen, which
   * Inquirer redraws), so a position in it stays put between waits.
   */
  log(): string {
    // eslint-disable-next-line no-control-regex
    return this.raw.replace(/\x1b\[[?0-9;]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]/g, '');
  }

  /** Types keys into the terminal. */
  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /**
   * Waits until `expected` appears in the log after what earlier waits matched, then moves
   * past it. Fails with the screen as it is after `timeoutMs`.
   */
  async waitFor(expected: string | RegExp, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.log().slice(this.mark);
      const match =
        typeof expected === 'string'
          ? { index: rest.indexOf(expected), length: expected.length }
          : (() => {
              const m = expected.exec(rest);
              return { index: m ? m.index : -1, length: m?.[0].length ?? 0 };
            })();
      if (match.index >= 0) {
        this.mark += match.index + match.length;
        return rest.slice(match.index, match.index + match.length);
      }
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) {
        throw new Error(
          `timed out waiting for ${String(expected)}; the screen shows:\n${this.terminal.screen()}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the visible screen, as it is now, shows `expected` (a redraw, say). */
  async waitForScreen(expected: string | RegExp, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const shows = () => {
      const screen = this.terminal.screen();
      return typeof expected === 'string' ? screen.includes(expected) : expected.test(screen);
    };
    while (!shows()) {
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) {
        throw new Error(
          `timed out waiting for the screen to show ${String(expected)}; it shows:\n${this.terminal.screen()}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Chooses the numbered choice `n` of the prompt on screen: its number key, then Enter. */
  async choose(n: number): Promise<void> {
    this.send(String(n));
    await this.waitForScreen(new RegExp(`^❯ ${n}\\. `, 'm'));
    this.send(KEY.enter);
  }

  /** The program's exit, once it has ended (the bridge reports it). */
  async exit(timeoutMs = 60_000): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`still running:\n${this.terminal.screen()}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    process.kill(await this.pid, signal);
  }

  /** Ends the bridge too, whatever state the program is in. */
  async close(): Promise<void> {
    try {
      process.kill(await this.pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
    this.child.stdin.end();
  }
}

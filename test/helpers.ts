import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'attune.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, without colour and without a terminal. The time limit is a
 * guard against a hang, never a measure of speed: a shared machine under load is slow.
 */
export function runCli(
  args: readonly string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    input?: string;
    timeoutMs?: number;
  } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: undefined,
        ATTUNE_DEBUG: undefined,
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A readable record of one run, for file snapshots: command, exit code, stdout, stderr. */
export function transcript(args: readonly string[], result: RunResult): string {
  return [
    `$ attune ${args.join(' ')}`,
    `exit: ${String(result.code)}`,
    '--- stdout',
    result.stdout.trimEnd(),
    '--- stderr',
    result.stderr.trimEnd(),
    '',
  ].join('\n');
}

export function tempDir(prefix = 'attune-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The report the README's first command writes: three cycles with the team's plan, by unit. */
export const README_EXAMPLE: readonly string[] = [
  'examples/answers-2026',
  '--compare',
  'examples/answers-2024',
  '--compare',
  'examples/answers-2025',
  '--plan',
  'examples/plan-2026.yaml',
  '--by',
  'unit',
];

// Shared by the benchmarks: run commands side by side (alternating, so that drift in the
// machine hits every command alike), and summarise with the median and the spread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const WORK = join(ROOT, 'bench', '.work');
export const ATTUNE = join(ROOT, 'bin', 'attune.js');
const TIME = '/usr/bin/time';

/** One run of a command: wall time in ms and peak resident memory in MB (via GNU time). */
export function runOnce(cmd, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-'));
  const out = join(dir, 'time.txt');
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', '-o', out, cmd, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
  rmSync(dir, { recursive: true, force: true });
  if (options.expectStatus !== undefined && r.status !== options.expectStatus) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`,
    );
  }
  return { ms, mb: kb / 1024 };
}

/** Runs every command `runs` times in turn (after `warmup` rounds) and summarises each. */
export function compare(commands, { runs = 15, warmup = 2 } = {}) {
  const samples = commands.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    commands.forEach((c, i) => {
      const s = runOnce(c.cmd, c.args, c);
      if (round >= warmup) samples[i].push(s);
    });
  }
  return commands.map((c, i) => ({ name: c.name, ...summarise(samples[i]) }));
}

export function summarise(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const mb = samples.map((s) => s.mb).sort((a, b) => a - b);
  const q = (list, p) => list[Math.min(list.length - 1, Math.floor(p * (list.length - 1) + 0.5))];
  return {
    runs: samples.length,
    median: q(ms, 0.5),
    p25: q(ms, 0.25),
    p75: q(ms, 0.75),
    min: ms[0],
    max: ms.at(-1),
    peakMb: mb.at(-1),
  };
}

export function table(rows, { baseline } = {}) {
  const base = baseline ? rows.find((r) => r.name === baseline)?.median : undefined;
  const lines = [
    `| command | median ms | p25-p75 ms | min-max ms | peak MB |${base ? ' × floor |' : ''}`,
    `| --- | ---: | ---: | ---: | ---: |${base ? ' ---: |' : ''}`,
  ];
  for (const r of rows) {
    const ratio = base ? ` ${(r.median / base).toFixed(2)} |` : '';
    lines.push(
      `| ${r.name} | ${r.median.toFixed(0)} | ${r.p25.toFixed(0)}-${r.p75.toFixed(0)} | ${r.min.toFixed(0)}-${r.max.toFixed(0)} | ${r.peakMb.toFixed(0)} |${ratio}`,
    );
  }
  return lines.join('\n');
}

export function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

export function bin(name) {
  return join(ROOT, 'bench', 'node_modules', '.bin', name);
}

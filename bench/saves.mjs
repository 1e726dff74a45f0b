// What saving after every answer costs `assess`: one atomic save (temporary file, fsync, rename)
// of a 60-answer file, and reading it back, warm, in one process, in bench/.work (on the same
// disk as the project: a tmpfs /tmp would hide the cost of fsync).
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, WORK, summarise } from './lib.mjs';

function answersDoc(count) {
  const answers = {};
  for (let i = 1; i <= count; i++) {
    const value = i % 7 === 0 ? 'dont-know' : i % 11 === 0 ? 'not-applicable' : i % 5;
    answers[`question-${i}`] =
      i % 3 === 0
        ? { value, note: 'A few words from the team about how this works in practice here.' }
        : { value };
  }
  return {
    attune: 1,
    framework: { id: 'trauma-informed-organisation', version: '1.0.0' },
    respondent: { role: 'staff' },
    unit: 'Northside supported housing',
    status: 'in-progress',
    started: '2026-11-22T10:00:00Z',
    updated: '2026-11-22T10:40:00Z',
    answers,
  };
}

async function time(fn, runs, warmup) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await fn(i);
    if (i >= warmup) samples.push({ ms: performance.now() - start, mb: 0 });
  }
  return summarise(samples);
}

export async function saves({ runs = 200 } = {}) {
  const { saveAnswers, loadAnswers } = await import(join(ROOT, 'dist', 'index.js'));
  const dir = join(WORK, 'saves');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'answers.yaml');
  const doc = answersDoc(60);
  const save = await time(
    (i) => saveAnswers(file, { ...doc, updated: new Date(i * 1000).toISOString() }),
    runs,
    20,
  );
  const load = await time(() => loadAnswers(file), runs, 20);
  const kb = statSync(file).size / 1024;
  const row = (name, r) =>
    `| ${name} | ${r.median.toFixed(2)} | ${r.p25.toFixed(2)}-${r.p75.toFixed(2)} | ${r.min.toFixed(2)}-${r.max.toFixed(2)} |`;
  return [
    `### Saving answers (a 60-answer file, ${kb.toFixed(1)} KB; ${runs} runs, warm)`,
    '',
    '| operation | median ms | p25-p75 ms | min-max ms |',
    '| --- | ---: | ---: | ---: |',
    row('saveAnswers (atomic: write, fsync, rename)', save),
    row('loadAnswers (read it back)', load),
  ].join('\n');
}

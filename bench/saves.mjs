// What saving after every answer costs `assess`: one atomic save (temporary file, fsync, rename)
// of a 60-answer file, and reading it back, warm, in one process, in bench/.work (on the same
// disk as the project: a tmpfs /tmp would hide the cost of fsync).
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
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

/** Times each function `runs` times, in turn (so that drift hits them alike), after a warm-up. */
async function timeSideBySide(fns, runs, warmup) {
  const samples = fns.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn(i);
      if (i >= warmup) samples[k].push({ ms: performance.now() - start, mb: 0 });
    }
  }
  return samples.map(summarise);
}

export async function saves({ runs = 200 } = {}) {
  const { saveAnswers, loadAnswers, answersText } = await import(
    join(ROOT, 'dist', 'dev', 'internals.js')
  );
  const dir = join(WORK, 'saves');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'answers.yaml');
  const doc = answersDoc(60);
  const version = (i) => ({ ...doc, updated: new Date(i * 1000).toISOString() });
  const [plain, byHand, save, load] = await timeSideBySide(
    [
      // The floor: the same text written in place, neither flushed to disk nor atomic.
      (i) => writeFileSync(join(dir, 'plain.yaml'), answersText(version(i), 'yaml')),
      // The least an atomic save can do: write a temporary file, flush it, rename it.
      (i) => {
        const tmp = join(dir, 'by-hand.yaml.tmp');
        const fd = openSync(tmp, 'w');
        writeSync(fd, answersText(version(i), 'yaml'));
        fsyncSync(fd);
        closeSync(fd);
        renameSync(tmp, join(dir, 'by-hand.yaml'));
      },
      (i) => saveAnswers(file, version(i)),
      () => loadAnswers(file),
    ],
    runs,
    20,
  );
  const kb = statSync(file).size / 1024;
  const row = (name, r) =>
    `| ${name} | ${r.median.toFixed(2)} | ${r.p25.toFixed(2)}-${r.p75.toFixed(2)} | ${r.min.toFixed(2)}-${r.max.toFixed(2)} |`;
  return [
    `### Saving answers (a 60-answer file, ${kb.toFixed(1)} KB; ${runs} runs, warm)`,
    '',
    '| operation | median ms | p25-p75 ms | min-max ms |',
    '| --- | ---: | ---: | ---: |',
    row('writeFileSync in place (floor: not flushed, not atomic)', plain),
    row('write, fsync and rename by hand (the least an atomic save costs)', byHand),
    row('saveAnswers (atomic: write-file-atomic, with fsync)', save),
    row('loadAnswers (read it back)', load),
  ].join('\n');
}

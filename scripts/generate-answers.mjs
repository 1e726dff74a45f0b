// Generates realistic answers files for a framework: respondents across roles and units, with
// per-unit and per-role tendencies (so reports show differences and perception gaps),
// not-applicable, don't-know, skipped questions and the odd note. Deterministic for a seed.
//
//   node scripts/generate-answers.mjs <framework id|path> <count> <out dir> [--seed N]
//        [--units N] [--format yaml|json] [--year 2026]
//
// Used for examples/ and by the benchmarks; needs the built package (npm run build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkLoader, answersText, visibleQuestions } from '../dist/dev/internals.js';

const NOTES = [
  'We do this well in the day service, less so out of hours.',
  'New starters are not always told about this.',
  'This has improved since the new manager came.',
  'People said they would like more say in this.',
  'It depends on who is on shift.',
  'We have a policy, but I have not seen it used.',
  'The waiting room is still noisy and busy.',
  'Supervision gets cancelled when we are short-staffed.',
];
const UNITS = [
  'Northside supported housing',
  'Riverside day service',
  'Harbour outreach team',
  'Eastgate family centre',
  'Millbrook residential home',
];

/** A small, fast, seeded generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(framework, count, { seed = 1, units = 3, year = 2026 } = {}) {
  const rnd = random(seed);
  const roles = framework.respondents.map((r) => r.id);
  const unitNames = Array.from({ length: units }, (_, i) => UNITS[i] ?? `Service ${i + 1}`);
  const unitLevel = unitNames.map(() => 0.35 + rnd() * 0.35);
  // Leaders see things more rosily than the people who use the service: a realistic gap.
  const roleBias = Object.fromEntries(roles.map((r, i) => [r, [0.12, 0.2, -0.12][i % 3] ?? 0]));
  const difficulty = framework.questions.map(() => (rnd() - 0.5) * 0.4);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const unit = i % unitNames.length;
    const role = roles.length > 0 ? roles[Math.floor(rnd() * roles.length)] : undefined;
    const answers = {};
    const level = unitLevel[unit] + (role ? roleBias[role] : 0);
    for (const q of framework.questions) {
      const shown = visibleQuestions(framework, role, (id) => answers[id]?.value);
      if (!shown.has(q.id)) continue;
      const roll = rnd();
      if (roll < 0.03) continue; // skipped
      if (roll < 0.06 && q.scale.allow.includes('dont-know')) {
        answers[q.id] = { value: 'dont-know' };
        continue;
      }
      if (roll < 0.08 && q.scale.allow.includes('not-applicable')) {
        answers[q.id] = { value: 'not-applicable' };
        continue;
      }
      const p = Math.min(0.98, Math.max(0.02, level + difficulty[q.index] + (rnd() - 0.5) * 0.5));
      const wanted = q.reverse ? 1 - p : p;
      const options = q.scale.options;
      const option = options[Math.min(options.length - 1, Math.floor(wanted * options.length))];
      answers[q.id] = { value: option.value };
      if (rnd() < 0.015) answers[q.id].note = NOTES[Math.floor(rnd() * NOTES.length)];
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    docs.push({
      attune: 1,
      framework: { id: framework.id, version: framework.version },
      ...(role && { respondent: { role } }),
      unit: unitNames[unit],
      status: 'completed',
      started: `${year}-10-${day}T09:00:00Z`,
      updated: `${year}-10-${day}T09:40:00Z`,
      answers,
    });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [ref, countText, out, ...rest] = process.argv.slice(2);
  if (!ref || !countText || !out) {
    console.error(
      'usage: node scripts/generate-answers.mjs <framework> <count> <out dir> [--seed N] [--units N] [--format yaml|json] [--year Y]',
    );
    process.exit(2);
  }
  const flag = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : fallback;
  };
  const framework = await new FrameworkLoader(process.cwd()).require(ref);
  const format = flag('format', 'yaml');
  const docs = generate(framework, Number(countText), {
    seed: Number(flag('seed', '1')),
    units: Number(flag('units', '3')),
    year: Number(flag('year', '2026')),
  });
  mkdirSync(out, { recursive: true });
  const width = String(docs.length).length;
  docs.forEach((doc, i) => {
    const name = `answers-${String(i + 1).padStart(Math.max(4, width), '0')}.${format === 'json' ? 'json' : 'yaml'}`;
    writeFileSync(join(out, name), answersText(doc, format === 'json' ? 'json' : 'yaml'));
  });
  console.error(`wrote ${docs.length} answers files to ${out}`);
}

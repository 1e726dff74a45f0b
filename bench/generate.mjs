// Generates realistic framework files for the validation benchmarks: 6 domains of 10 questions,
// two scales, four stages, eight areas, three roles, conditions and actions, like the bundled ones.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const AREAS = [
  'leadership',
  'policy',
  'environment',
  'involvement',
  'workforce',
  'delivery',
  'partnership',
  'monitoring',
];
const option = (value, label) => ({
  value,
  label,
  description: `An organisation at this level: ${label.toLowerCase()}, with examples a team could point to.`,
});

export function framework(n) {
  const domains = Array.from({ length: 6 }, (_, d) => ({
    id: `domain-${d}`,
    title: `Domain ${d} of framework ${n}`,
    summary: 'What this principle covers, in a sentence or two of plain words.',
    questions: Array.from({ length: 10 }, (_, q) => ({
      id: `domain-${d}-question-${q}`,
      text: `Question ${q} of domain ${d}: one observable thing the organisation does, in plain words.`,
      help: 'What good looks like in practice, and why it matters to people who have experienced trauma.',
      area: AREAS[(d + q) % AREAS.length],
      ...(q % 3 === 0 ? { scale: 'frequency' } : {}),
      ...(q % 4 === 1 ? { respondents: ['staff', 'leadership'] } : {}),
      ...(q === 5 ? { when: { question: `domain-${d}-question-4`, in: [2, 3, 4] } } : {}),
      evidence: ['A record a team could show', 'Feedback from people who use the service'],
      actions: [
        {
          below: 50,
          priority: 'high',
          text: 'The service manager agrees a first step with two people who use the service.',
        },
        { below: 75, priority: 'low', text: 'The team reviews progress at its next away day.' },
      ],
    })),
  }));
  return {
    attune: 1,
    id: `bench-framework-${n}`,
    version: '1.0.0',
    title: `Benchmark framework ${n}`,
    summary: 'A generated framework of the size and shape of the bundled ones.',
    language: 'en-GB',
    respondents: [
      { id: 'staff', label: 'Staff and volunteers' },
      { id: 'leadership', label: 'Managers and board' },
      { id: 'lived-experience', label: 'People who use the service' },
    ],
    scales: {
      practice: {
        label: 'How established',
        options: ['Not in place', 'Starting', 'Partly', 'Mostly', 'Embedded'].map((l, i) =>
          option(i, l),
        ),
        allow: ['not-applicable', 'dont-know'],
      },
      frequency: {
        label: 'How often',
        options: ['Never', 'Rarely', 'Sometimes', 'Usually', 'Always'].map((l, i) => option(i, l)),
        allow: ['not-applicable', 'dont-know'],
      },
    },
    defaultScale: 'practice',
    stages: [
      { id: 'aware', label: 'Aware', from: 0, description: 'Starting to notice.' },
      { id: 'sensitive', label: 'Sensitive', from: 25, description: 'Some practice.' },
      { id: 'responsive', label: 'Responsive', from: 50, description: 'Changing practice.' },
      { id: 'informed', label: 'Informed', from: 75, description: 'Embedded.' },
    ],
    areas: AREAS.map((id) => ({ id, title: `Area ${id}` })),
    domains,
  };
}

/** Writes `count` framework files into bench/.work/frameworks-<count>/ (once) and returns the folder. */
export function frameworks(work, count) {
  const dir = join(work, `frameworks-${count}`);
  if (!existsSync(join(dir, `f${count - 1}.yaml`))) {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `f${i}.yaml`), stringify(framework(i)));
  }
  return dir;
}

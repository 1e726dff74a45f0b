import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { Attacker } from '../privacy-attacker.js';
import { docsOf, publish, ROLES, scenario } from '../privacy-scenarios.js';

/**
 * Secondary suppression, proved on random respondent sets: an attacker who knows who is in
 * each role and unit, who was shown and who answered each question, and every workshop's
 * answers, reads every number of the JSON report (by unit and by role) and of every CSV table
 * as an equation, and solves. It must not be able to work out the answers of any set of fewer
 * than --min-group-size people to any question, nor any small group's question, domain or
 * overall mean (test/privacy-attacker.ts).
 */

/** One question, asked of everyone. */
const oneQuestion = normalise({
  attune: 1,
  id: 'random',
  version: '1.0.0',
  title: 'One question',
  respondents: ROLES.map((id) => ({ id, label: id })),
  scales: { three: { options: [0, 1, 2].map((value) => ({ value, label: `${value}` })) } },
  stages: [{ id: 'a', label: 'A', from: 0 }],
  domains: [{ id: 'd0', title: 'D', questions: [{ id: 'q', text: 'Q', scale: 'three' }] }],
});

/** `n` people of a role and unit, answering 0, 1, 2, 0, ... */
const people = (n: number, role: string, unit: string) =>
  Array.from({ length: n }, (_, i) => ({ role, unit, workshop: false, picks: [i % 3] }));

describe('nothing below the threshold can be worked out', () => {
  it('the attacker finds a hidden role from the old report: the total and the other roles', () => {
    // Three staff, three leaders and one person who uses the service, answering one question;
    // the old report hid the one person's role and showed the rest.
    const framework = oneQuestion;
    const docs = docsOf(framework, [
      ...[2, 1, 2].map((v) => ({ role: 'staff', workshop: false, picks: [v] })),
      ...[0, 2, 2].map((v) => ({ role: 'leadership', workshop: false, picks: [v] })),
      { role: 'lived', workshop: false, picks: [1] },
    ]);
    const shownAll = JSON.parse(publish(framework, docs, 1).jsonByUnit) as {
      questions: { byRole: Record<string, unknown> }[];
    };
    for (const q of shownAll.questions) q.byRole.lived = { suppressed: true };
    const attacker = new Attacker(framework, docs, 3);
    attacker.readJson(JSON.stringify(shownAll));
    expect(attacker.audit().map((f) => f.what)).toContain('role "lived": its q mean');
    // And works out exactly what that one person answered: 1 of 0-2, an item score of 0.5.
    expect(attacker.solve(new Map([[attacker.unknown.get('6:0') as number, 1]]))).toBeCloseTo(
      0.5,
      2,
    );

    // attune's report of the same answers: leadership is hidden too, and nothing can be found.
    const safe = new Attacker(framework, docs, 3);
    safe.read(publish(framework, docs, 3));
    expect(safe.audit()).toEqual([]);
  });

  it('reads the key findings, the trend and the role-weighted change: one that leaked would be found', () => {
    const framework = oneQuestion;
    const docs = docsOf(framework, [
      ...[2, 1, 2].map((v) => ({ role: 'staff', workshop: false, picks: [v] })),
      ...[0, 2, 2].map((v) => ({ role: 'leadership', workshop: false, picks: [v] })),
      ...[1, 1, 0].map((v) => ({ role: 'lived', workshop: false, picks: [v] })),
      { role: 'lived', unit: 'South', workshop: false, picks: [1] },
    ]);
    const out = publish(framework, docs, 3);
    const report = JSON.parse(out.jsonByUnit) as {
      keyFindings: { roleDifference: unknown };
      trend: { overall: { score: number | null }[] } | null;
      responseRates: { unit?: string; answered: number | null }[];
    };
    expect(report.trend?.overall).toHaveLength(3);
    // As published, nothing is found.
    const safe = new Attacker(framework, docs, 3);
    safe.read(out);
    expect(safe.audit()).toEqual([]);
    // A trend point worked out from more than may be shown is caught as inconsistent.
    const bent = structuredClone(report);
    (bent.trend?.overall[0] as { score: number }).score = 12.3;
    const a = new Attacker(framework, docs, 3);
    a.read({ ...out, jsonByUnit: JSON.stringify(bent) });
    expect(a.audit().some((f) => f.kind === 'inconsistent' && f.what.startsWith('trend 0'))).toBe(
      true,
    );
    // A unit's role of one person, counted in the response rates, is found.
    const counted = structuredClone(report);
    for (const r of counted.responseRates) if (r.unit === 'South') r.answered = 1;
    const b = new Attacker(framework, docs, 3);
    b.read({ ...out, jsonByUnit: JSON.stringify(counted) });
    expect(b.audit().map((f) => f.what)).toContain('South: lived answered 1');
  });

  it.each([
    [
      'a unit of staff alone beside all the staff',
      [
        ...people(3, 'staff', 'North'),
        ...people(1, 'staff', 'South'),
        ...people(3, 'leadership', 'South'),
      ],
    ],
    [
      'two staff where roles and units cross',
      [
        ...people(2, 'staff', 'North'),
        ...people(3, 'staff', 'South'),
        ...people(3, 'leadership', 'North'),
        ...people(3, 'leadership', 'South'),
        ...people(3, 'lived', 'North'),
        ...people(3, 'lived', 'South'),
      ],
    ],
    [
      'one leader at South, found through the units the table names',
      [
        ...people(3, 'staff', 'North'),
        ...people(3, 'staff', 'South'),
        ...people(3, 'leadership', 'North'),
        ...people(1, 'leadership', 'South'),
        ...people(3, 'leadership', 'East'),
        ...people(3, 'lived', 'North'),
        ...people(3, 'lived', 'East'),
      ],
    ],
  ])('%s', (_, set) => {
    const docs = docsOf(oneQuestion, set);
    const attacker = new Attacker(oneQuestion, docs, 3);
    attacker.read(publish(oneQuestion, docs, 3));
    expect(attacker.audit()).toEqual([]);
  });

  it(
    'on 10,000 random respondent sets, from the JSON (by unit and by role) and every CSV table',
    { timeout: 600_000 },
    () => {
      fc.assert(
        fc.property(scenario, ({ framework, people, min }) => {
          const docs = docsOf(framework, people);
          const attacker = new Attacker(framework, docs, min);
          attacker.read(publish(framework, docs, min));
          expect(attacker.audit()).toEqual([]);
        }),
        { numRuns: 10_000 },
      );
    },
  );
});

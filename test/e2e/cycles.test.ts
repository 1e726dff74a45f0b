import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

/**
 * Many cycles end to end: key findings first and a method section last in every format,
 * `--compare` given once per earlier assessment with `--label`, the trend, the change with roles
 * weighted alike, and response rates from `--invited`.
 */
const Y = (year: number) => join(ROOT, 'examples', `answers-${year}`);
const PLAN = join(ROOT, 'examples', 'plan-2026.yaml');
const env = { SOURCE_DATE_EPOCH: '1795392000' };

interface Json {
  keyFindings: {
    overall: { score: number; target: { score: number } | null };
    strengths: { score: number; respondents: number }[];
    areasToDevelop: { score: number }[];
    roleDifference: { high: { label: string }; low: { label: string }; gap: number } | null;
    change: { label: string; withinChance: boolean | null } | null;
    firstActions: { id: string; owner: string | null; due: string | null }[];
  };
  overall: { score: number };
  trend: {
    cycles: { label: string; current: boolean; respondents: number }[];
    overall: { score: number; low: number; high: number }[];
    domains: { id: string; points: { score: number }[] }[];
  } | null;
  comparison: {
    earlier: { label?: string; respondents: number };
    roleMix?: { differs: boolean; overall: { raw: number; change: number } | null };
  } | null;
  responseRates?: { role: string; unit?: string; answered: number | null; rate: number | null }[];
}

const json = async (args: string[]) => {
  const r = await runCli(['report', ...args, '--format', 'json'], { env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Json;
};

describe('three cycles', () => {
  it('holds the series of every cycle, oldest first, labelled, whatever order they are given in', async () => {
    const m = await json([
      Y(2026),
      '--compare',
      Y(2025),
      '--compare',
      Y(2024),
      '--label',
      'last year',
      '--label',
      'two years ago',
      '--label',
      'this year',
    ]);
    expect(m.trend?.cycles.map((c) => c.label)).toEqual([
      'two years ago',
      'last year',
      'this year',
    ]);
    expect(m.trend?.cycles.map((c) => c.respondents)).toEqual([14, 18, 21]);
    expect(m.trend?.cycles.map((c) => c.current)).toEqual([false, false, true]);
    expect(m.trend?.overall.at(-1)?.score).toBe(m.overall.score);
    for (const p of m.trend?.overall ?? []) {
      expect(p.low).toBeLessThanOrEqual(p.score);
      expect(p.high).toBeGreaterThanOrEqual(p.score);
    }
    expect(m.trend?.domains).toHaveLength(5);
    // The comparison is with the latest earlier cycle, and the key findings say so.
    expect(m.comparison?.earlier).toMatchObject({ label: 'last year', respondents: 18 });
    expect(m.keyFindings.change?.label).toBe('last year');
  });

  it('agrees with each earlier cycle given as its JSON report', async () => {
    const dir = tempDir();
    const earlier = join(dir, '2024.json');
    const w = await runCli(['report', Y(2024), '--format', 'json', '--out', earlier], { env });
    expect(w.code, w.stderr).toBe(0);
    const fromJson = await json([Y(2026), '--compare', earlier, '--compare', Y(2025)]);
    const fromAnswers = await json([Y(2026), '--compare', Y(2024), '--compare', Y(2025)]);
    expect(fromJson.trend).toEqual(fromAnswers.trend);
  });

  it('keeps a single --compare as it was: a comparison, and no trend', async () => {
    const m = await json([Y(2026), '--compare', Y(2025)]);
    expect(m.trend ?? null).toBeNull();
    expect(m.comparison?.earlier.respondents).toBe(18);
  });

  it('shows the change with roles weighted alike where the mix of roles shifted', async () => {
    // 2024: 3 of 14 people who use the service (21%); 2026: 10 of 21 (48%).
    const m = await json([Y(2026), '--compare', Y(2024)]);
    expect(m.comparison?.roleMix?.differs).toBe(true);
    const md = await runCli(['report', Y(2026), '--compare', Y(2024)], { env });
    expect(md.stdout).toContain('## Who answered has changed');
    expect(md.stdout).toMatch(/\| \*\*Overall\*\* \| [−+]?\d+\.\d \| [−+]?\d+\.\d \|/);
  });

  it('opens every format with key findings and ends Markdown and HTML with the method, then the provenance', async () => {
    const args = [Y(2026), '--compare', Y(2024), '--compare', Y(2025), '--plan', PLAN];
    const m = await json(args);
    expect(Object.keys(m).indexOf('keyFindings')).toBeLessThan(Object.keys(m).indexOf('overall'));
    expect(m.keyFindings.overall.target?.score).toBe(70);
    expect(m.keyFindings.strengths).toHaveLength(3);
    expect(m.keyFindings.strengths.every((s) => s.score >= 75 && s.respondents >= 3)).toBe(true);
    expect(m.keyFindings.areasToDevelop).toHaveLength(3);
    expect(m.keyFindings.roleDifference?.gap).toBeGreaterThan(25);
    // The plan's owner and due date of the first action.
    expect(m.keyFindings.firstActions[0]).toMatchObject({
      owner: 'The manager',
      due: '2026-03-31',
    });
    const md = await runCli(['report', ...args], { env });
    const headings = md.stdout.match(/^## .*$/gm) ?? [];
    expect(headings[0]).toBe('## Key findings');
    expect(headings.slice(-2)).toEqual(['## Method', '## Where this report came from']);
    expect(md.stdout).toMatch(/\*\*Since 18 October 2025:\*\* [−+]?\d+\.\d \(95% interval/);
    const dir = tempDir();
    const html = join(dir, 'r.html');
    const h = await runCli(['report', ...args, '--format', 'html', '--out', html], { env });
    expect(h.code, h.stderr).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text.indexOf('id="key-findings"')).toBeLessThan(text.indexOf('id="summary"'));
    expect(text).toContain('<svg class="trend-chart"');
  });
});

describe('--label and --invited', () => {
  it('refuses more labels than cycles, in one line (exit 2)', async () => {
    const r = await runCli(
      ['report', Y(2026), '--compare', Y(2025), '--label', 'a', '--label', 'b', '--label', 'c'],
      { env },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'attune: --label: 3 labels for 1 --compare; give one for each --compare in the same order, then at most one for this assessment\n',
    );
  });

  it('refuses a role the framework does not have, and a count it cannot read', async () => {
    const bad = await runCli(['report', Y(2026), '--invited', 'staf=12'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'attune: --invited "staf=12": "staf" is not a role of trauma-informed-organisation (staff, leadership, lived-experience)\n',
    );
    const odd = await runCli(['report', Y(2026), '--invited', 'staff=twelve'], { env });
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/^attune: --invited "staff=twelve": give a role and how many/);
  });

  it('shows response rates by role and by unit, never the count of a small group in a unit', async () => {
    const m = await json([
      Y(2026),
      '--invited',
      'staff=12',
      '--invited',
      'Riverside day service:lived-experience=20',
      '--invited',
      'Riverside day service:leadership=4',
    ]);
    const rates = m.responseRates ?? [];
    expect(rates[0]).toMatchObject({ role: 'staff', answered: 6, rate: 50 });
    const riverside = rates.filter((r) => r.unit === 'Riverside day service');
    expect(riverside[0]).toMatchObject({ role: 'lived-experience', answered: 5, rate: 25 });
    // Fewer than three leaders answered there: how many is not said.
    expect(riverside[1]).toMatchObject({ role: 'leadership', answered: null, rate: null });
    const md = await runCli(['report', Y(2026), '--invited', 'staff=12'], { env });
    expect(md.stdout).toContain('## Who was asked, and who answered');
    expect(md.stdout).toContain('| Staff and volunteers | 12 | 6 | 50% |');
  });

  it('shows a label as text in every format, never as markup', async () => {
    const label = '<script>x</script> | **2025**';
    const args = [
      'report',
      Y(2026),
      '--compare',
      Y(2024),
      '--compare',
      Y(2025),
      '--label',
      'a',
      '--label',
      label,
    ];
    const dir = tempDir();
    const html = join(dir, 'r.html');
    const h = await runCli([...args, '--format', 'html', '--out', html], { env });
    expect(h.code, h.stderr).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;x&lt;/script&gt;');
    const md = await runCli(args, { env });
    expect(md.stdout).not.toContain('<script>');
    expect(md.stdout).not.toContain('| **2025**');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../../src/core/schema/plan.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

/** `attune plan` end to end: made from one year's answers, filled in, merged with the next. */
const Y2025 = join(ROOT, 'examples', 'answers-2025');
const Y2026 = join(ROOT, 'examples', 'answers-2026');
const readPlan = (file: string) =>
  load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as PlanDoc;

describe('attune plan', () => {
  it('writes a plan whose owners and dates come from the framework, and validate accepts it', async () => {
    const dir = tempDir();
    const made = await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/wrote plan\.yaml:\n {2}new plan with \d+ actions/);
    const plan = readPlan(join(dir, 'plan.yaml'));
    expect(plan.kind).toBe('plan');
    expect(plan.actions.length).toBeGreaterThan(10);
    const first = plan.actions[0];
    expect(first?.id).toMatch(/^[a-z-]+\.\d+$/);
    expect(first?.status).toBe('planned');
    expect(first?.owner).toBeTruthy();
    expect(first?.due).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(first?.planned.date).toBe(plan.assessed);
    expect(plan.targets?.overall).toBeDefined();
    const checked = await runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('merges a new cycle: keeps what people wrote, adds new actions, suggests "met"', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    const first = readPlan(file).actions;
    // People fill in the plan: an owner with a comment, a status, a note.
    const edited = readFileSync(file, 'utf8')
      .replace(/status: planned/, 'status: done')
      .replace(/owner: .*/, 'owner: Northside team # agreed at the May meeting')
      .replace(/(\n {4}status: done)/, '$1\n    notes: Guide written and shared in June.');
    writeFileSync(file, edited);

    const dry = await runCli(['plan', Y2026, '--out', 'plan.yaml', '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would change \(--dry-run: nothing written\)/);
    expect(dry.stdout).toMatch(/^ {2}added /m);
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const merged = await runCli(['plan', Y2026, '--out', 'plan.yaml'], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('owner: Northside team # agreed at the May meeting');
    expect(text).toContain('notes: Guide written and shared in June.');
    const plan = readPlan(file);
    expect(plan.actions.slice(0, first.length).map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(plan.actions.length).toBeGreaterThan(first.length);
    const met = plan.actions.filter((a) => a.met);
    expect(met.length).toBeGreaterThan(0);
    // A suggestion only: the statuses people set are as they were.
    expect(plan.actions[0]?.status).toBe('done');
    expect(plan.actions.slice(1, first.length).every((a) => a.status === 'planned')).toBe(true);
    for (const a of met) expect(a.met?.score).toBeGreaterThanOrEqual(a.below);

    const again = await runCli(['plan', Y2026, '--out', 'plan.yaml'], { cwd: dir });
    expect(again.stderr).toMatch(/up to date; nothing to change/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a bad plan with located findings, and never overwrites it', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    const bad = readFileSync(file, 'utf8')
      .replace(/status: planned/, 'status: finished')
      .replace(/question: ([a-z-]+)\n/, 'question: $1x\n');
    writeFileSync(file, bad);
    const run = await runCli(['plan', Y2026, '--out', 'plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^plan\.yaml:\d+:\d+ error .*status.* \(enum-value|^plan\.yaml:\d+:\d+ error /m,
    );
    expect(run.stderr).toMatch(/the plan cannot be merged/);
    expect(readFileSync(file, 'utf8')).toBe(bad);
    const checked = await runCli(['validate', 'plan.yaml', '--format', 'json'], { cwd: dir });
    expect(checked.code).toBe(1);
    const findings = (JSON.parse(checked.stdout) as { findings: { line: number; rule: string }[] })
      .findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line > 1)).toBe(true);
  });

  it('checks a plan against its framework: unknown questions, targets and roles', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^ {2}overall:\n {4}stage: \w+/m, '  overall:\n    stage: brilliant')
        .replace(/^actions:/m, 'invited:\n  roles: { volunteers: 4 }\nactions:'),
    );
    const checked = await runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(
      /plan\.yaml:11:12 +error +stage "brilliant" .* plan-unknown-target/,
    );
    expect(checked.stdout).toMatch(
      /plan\.yaml:\d+:12 +error +role "volunteers" .* plan-unknown-role/,
    );
  });

  it('prints the JSON Schema of the plan format', async () => {
    const run = await runCli(['schema', 'plan']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe('attune plan');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['framework', 'targets', 'invited', 'actions']),
    );
  });
});

describe('report --plan', () => {
  it('shows targets, owners, dates, overdue and whether last cycle’s actions worked', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/status: planned/, 'status: done')
        .replace(/^actions:/m, 'invited:\n  roles: { staff: 40 }\nactions:'),
    );
    const env = { SOURCE_DATE_EPOCH: '1795392000' }; // 23 November 2026
    const md = await runCli(['report', Y2026, '--plan', 'plan.yaml'], { cwd: dir, env });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/## Targets and last cycle's actions/);
    expect(md.stdout).toMatch(/^\| Overall \| .+ \| \d+\.\d \| (\d+\.\d to go|reached) \|$/m);
    expect(md.stdout).toMatch(/\| Done \| [\d.]+ \| [\d.]+ \| .+ \| Done, /);
    expect(md.stdout).toMatch(/within chance variation/);
    expect(md.stdout).toMatch(/\(Planned, \*\*overdue\*\*\)/);
    expect(md.stdout).toMatch(
      /\| Staff and volunteers \| 40 \| \d+ \| \d+% \(fewer than half\) \|/,
    );
    const json = await runCli(['report', Y2026, '--plan', 'plan.yaml', '--format', 'json'], {
      cwd: dir,
      env,
    });
    const model = JSON.parse(json.stdout) as {
      plan: {
        lastCycle: { outcome: string | null; change: { withinChance: boolean } | null }[];
        targets: { id: string; distance: number | null }[];
      };
    };
    expect(model.plan.targets[0]?.id).toBe('overall');
    const outcomes = new Set(model.plan.lastCycle.map((a) => a.outcome));
    expect([...outcomes].every((o) => o === null || /^(not-)?done-/.test(o))).toBe(true);
    expect(model.plan.lastCycle.some((a) => a.change?.withinChance === true)).toBe(true);
  });

  it('shows nothing of the plan beside a report that shows no scores', async () => {
    const dir = tempDir();
    await runCli(['plan', Y2025, '--out', 'plan.yaml'], { cwd: dir });
    const one = join(Y2026, 'answers-0001.yaml');
    const run = await runCli(['report', one, '--plan', 'plan.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { plan: unknown }).plan).toBeNull();
  });
});

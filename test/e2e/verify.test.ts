import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers.js';

const TEAM = join(FIXTURES, 'answers', 'team');
const SMALL = join(FIXTURES, 'frameworks', 'small.yaml');

/** The README's first command, as a JSON report. */
const EXAMPLE_INPUTS = [
  'examples/answers-2026',
  '--plan',
  'examples/plan-2026.yaml',
  '--compare',
  'examples/answers-2024',
  '--compare',
  'examples/answers-2025',
];

describe('attune verify', () => {
  let dir: string;
  let example: string;

  beforeAll(async () => {
    dir = tempDir();
    example = join(dir, 'example.json');
    const r = await runCli([
      'report',
      ...EXAMPLE_INPUTS,
      '--by',
      'unit',
      '--format',
      'json',
      '--out',
      example,
    ]);
    expect(r.code).toBe(0);
  });

  it('confirms the README example came from its inputs, in one line', async () => {
    const r = await runCli(['verify', example, ...EXAMPLE_INPUTS]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${example}: made from these inputs (21 answers files, trauma-informed-organisation 2.0.0, the plan, 2 earlier assessments), and every number in it is as they give it\n`,
    );
    expect(r.code).toBe(0);
  });

  it('catches a number edited by hand', async () => {
    const edited = join(dir, 'edited.json');
    const text = readFileSync(example, 'utf8');
    const report = JSON.parse(text) as { domains: { id: string; score: number }[] };
    const safety = report.domains.find((d) => d.id === 'safety');
    if (!safety) throw new Error('the example has a safety domain');
    const was = safety.score;
    safety.score = 99.9;
    writeFileSync(edited, JSON.stringify(report, null, 2));
    const r = await runCli(['verify', edited, ...EXAMPLE_INPUTS]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      `scores differ at domain safety, score: 99.9 in the report, ${was} from these inputs`,
    );
    expect(r.stderr).toBe('');
  });

  it('says an answers file is missing, or one more was given', async () => {
    const answers = join(dir, 'answers');
    cpSync(join(ROOT, 'examples', 'answers-2026'), answers, { recursive: true });
    const args = ['--plan', 'examples/plan-2026.yaml'];
    args.push('--compare', 'examples/answers-2024', '--compare', 'examples/answers-2025');
    rmSync(join(answers, 'answers-0007.yaml'));
    const missing = await runCli(['verify', example, answers, ...args]);
    expect(missing.stdout).toBe('answers differ: 20 files given, the report used 21 files\n');
    expect(missing.code).toBe(1);
    cpSync(join(ROOT, 'examples', 'answers-2026', 'answers-0007.yaml'), join(answers, 'a.yaml'));
    cpSync(join(ROOT, 'examples', 'answers-2025', 'answers-0001.yaml'), join(answers, 'b.yaml'));
    const extra = await runCli(['verify', example, answers, ...args]);
    expect(extra.stdout).toBe('answers differ: 22 files given, the report used 21 files\n');
    expect(extra.code).toBe(1);
  });

  it('says which other input differs: the plan, the earlier cycles', async () => {
    const noPlan = await runCli([
      'verify',
      example,
      'examples/answers-2026',
      '--compare',
      'examples/answers-2024',
      '--compare',
      'examples/answers-2025',
    ]);
    expect(noPlan.stdout).toBe(
      'plan differs: the report used a plan (plan-2026.yaml); give it with --plan\n',
    );
    expect(noPlan.code).toBe(1);
    const swapped = await runCli([
      'verify',
      example,
      'examples/answers-2026',
      '--plan',
      'examples/plan-2026.yaml',
      '--compare',
      'examples/answers-2025',
      '--compare',
      'examples/answers-2024',
    ]);
    expect(swapped.stdout).toBe(
      'earlier assessment 1 differs: 18 files given, the report used 14 files\nearlier assessment 2 differs: 14 files given, the report used 18 files\n',
    );
    expect(swapped.code).toBe(1);
  });

  describe('with a framework of one’s own', () => {
    let small: string;

    beforeAll(async () => {
      small = join(dir, 'small.json');
      const r = await runCli([
        'report',
        TEAM,
        '--framework',
        SMALL,
        '--min-group-size',
        '2',
        '--format',
        'json',
        '--out',
        small,
      ]);
      expect(r.code).toBe(0);
    });

    it('uses the options the report records (here --min-group-size 2)', async () => {
      const r = await runCli(['verify', small, TEAM, '--framework', SMALL]);
      expect(r.stdout).toMatch(/made from these inputs \(8 answers files, small-example 1\.0\.0\)/);
      expect(r.code).toBe(0);
    });

    it('says the framework differs: another version, or the same version changed', async () => {
      const text = readFileSync(SMALL, 'utf8');
      const newer = join(dir, 'small-1.1.yaml');
      writeFileSync(newer, text.replace('version: 1.0.0', 'version: 1.1.0'));
      const r = await runCli(['verify', small, TEAM, '--framework', newer]);
      expect(r.stdout).toBe(
        'framework differs: the report used small-example 1.0.0, these inputs use small-example 1.1.0\n',
      );
      expect(r.code).toBe(1);
      const changed = join(dir, 'small-changed.yaml');
      writeFileSync(changed, `${text}# a comment added\n`);
      const c = await runCli(['verify', small, TEAM, '--framework', changed]);
      expect(c.stdout).toBe(
        'framework differs: small-example 1.0.0 here is not the same file as the report used\n',
      );
      expect(c.code).toBe(1);
    });

    it('refuses a report without provenance, or that is not JSON, with one line (exit 2)', async () => {
      const report = JSON.parse(readFileSync(small, 'utf8')) as Record<string, unknown>;
      delete report.provenance;
      const bare = join(dir, 'bare.json');
      writeFileSync(bare, JSON.stringify(report));
      const r = await runCli(['verify', bare, TEAM, '--framework', SMALL]);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `attune: ${bare}: the report says nothing of where it came from (it has no provenance): it was made by an earlier version of attune, or is not a JSON report of attune; make it again with attune report --format json\n`,
      );
      expect(r.code).toBe(2);

      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{\n  "attune": 1,\n  "generated": }\n');
      const b = await runCli(['verify', broken, TEAM, '--framework', SMALL]);
      expect(b.stderr).toMatch(new RegExp(`^attune: ${broken}:3:16 .+\\n$`));
      expect(b.code).toBe(2);

      const missing = await runCli(['verify', join(dir, 'nowhere.json'), TEAM]);
      expect(missing.stderr).toMatch(/^attune: .*nowhere\.json: .+\n$/);
      expect(missing.code).toBe(2);
    });

    it('refuses a provenance that has been tampered with into nonsense', async () => {
      const report = JSON.parse(readFileSync(small, 'utf8')) as {
        provenance: { options: { minGroupSize: unknown } };
      };
      report.provenance.options.minGroupSize = 'three';
      const odd = join(dir, 'odd.json');
      writeFileSync(odd, JSON.stringify(report));
      const r = await runCli(['verify', odd, TEAM, '--framework', SMALL]);
      expect(r.stderr).toMatch(
        new RegExp(
          `^attune: ${odd}: provenance\\.options\\.minGroupSize: .+; the report's provenance cannot be read\\n$`,
        ),
      );
      expect(r.code).toBe(2);
    });
  });
});

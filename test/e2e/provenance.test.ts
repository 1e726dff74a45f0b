import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../src/core/schema/provenance.js';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
/** As the README says to work it out with sha256sum: sorted digests, one a line, digested. */
const overDigests = (digests: string[]) => sha256(digests.map((d) => `${d}\n`).join(''));
const filesIn = (dir: string) => readdirSync(dir).map((f) => readFileSync(join(dir, f)));

describe('where a report came from (provenance)', () => {
  it('records attune, the framework, the answers, the plan and earlier cycles by digest, and the options', async () => {
    const r = await runCli([
      'report',
      'examples/answers-2026',
      '--compare',
      'examples/answers-2024',
      '--compare',
      'examples/answers-2025',
      '--label',
      '2024',
      '--label',
      '2025',
      '--plan',
      'examples/plan-2026.yaml',
      '--invited',
      'staff=12',
      '--by',
      'role',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const p = (JSON.parse(r.stdout) as { provenance: Provenance }).provenance;
    const version = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const framework = sha256(
      readFileSync(join(ROOT, 'frameworks', 'trauma-informed-organisation.yaml')),
    );
    const answers = (dir: string) =>
      overDigests(
        filesIn(join(ROOT, 'examples', dir))
          .map((b) => sha256(b))
          .sort(),
      );
    expect(p).toEqual({
      attune: version,
      framework: {
        id: 'trauma-informed-organisation',
        version: '2.0.0',
        sha256: framework,
        files: [{ name: 'trauma-informed-organisation.yaml', sha256: framework }],
      },
      answers: { files: 21, sha256: answers('answers-2026'), skipped: 0 },
      options: {
        minGroupSize: 3,
        lang: null,
        by: 'role',
        skipInvalid: false,
        invited: ['staff=12'],
        labels: ['2024', '2025'],
      },
      plan: {
        name: 'plan-2026.yaml',
        sha256: sha256(readFileSync(join(ROOT, 'examples', 'plan-2026.yaml'))),
      },
      compare: [
        { label: '2024', kind: 'answers', files: 14, sha256: answers('answers-2024') },
        { label: '2025', kind: 'answers', files: 18, sha256: answers('answers-2025') },
      ],
    });
  });

  it('with extends, digests each file of the chain, own first, and one digest over them', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'frameworks', 'small.yaml'), join(dir, 'small.yaml'));
    cpSync(join(FIXTURES, 'frameworks', 'extends-add.yaml'), join(dir, 'tailored.yaml'));
    // The team's answers, for the tailored framework.
    const team = join(FIXTURES, 'answers', 'team');
    mkdirSync(join(dir, 'answers'));
    for (const f of readdirSync(team))
      writeFileSync(
        join(dir, 'answers', f),
        readFileSync(join(team, f), 'utf8').replace(
          'framework: { id: small-example, version: 1.0.0 }',
          'framework: { id: small-add, version: 1.1.0 }',
        ),
      );
    const r = await runCli([
      'report',
      join(dir, 'answers'),
      '--framework',
      join(dir, 'tailored.yaml'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const p = (JSON.parse(r.stdout) as { provenance: Provenance }).provenance;
    const own = sha256(readFileSync(join(dir, 'tailored.yaml')));
    const base = sha256(readFileSync(join(dir, 'small.yaml')));
    expect(p.framework).toEqual({
      id: 'small-add',
      version: '1.1.0',
      sha256: overDigests([own, base]),
      files: [
        { name: 'tailored.yaml', sha256: own },
        { name: 'small.yaml', sha256: base },
      ],
    });
  });

  it('names no folder in any format: file names at most, and answers files not at all', async () => {
    const dir = join(tempDir(), 'jane-smith-private-folder');
    mkdirSync(join(dir, 'answers'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'answers-2026'), join(dir, 'answers', 'answers-of-jane'), {
      recursive: true,
    });
    writeFileSync(
      join(dir, 'our-plan.yaml'),
      readFileSync(join(ROOT, 'examples', 'plan-2026.yaml')),
    );
    const args = ['report', 'answers', '--plan', 'our-plan.yaml'];
    for (const format of ['md', 'html', 'json', 'docx']) {
      const out = join(dir, `report.${format}`);
      const r = await runCli([...args, '--format', format, '--out', out], { cwd: dir });
      expect(r.code).toBe(0);
      const bytes = readFileSync(out);
      const text =
        format === 'docx'
          ? strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] as Uint8Array)
          : bytes.toString('utf8');
      expect(text).not.toContain('jane');
      expect(text).not.toContain(dir);
      expect(text).toContain('our-plan.yaml');
      if (format !== 'json') expect(text).toContain('Where this report came from');
    }
  });
});

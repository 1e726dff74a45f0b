import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

/**
 * The package as someone installs it: packed by npm from the build (npm test builds first),
 * checked by publint and arethetypeswrong, installed into a project of its own, and used from
 * there through its bin, its API (the README's example) and its types.
 */
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const quiet: ExecFileSyncOptions = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };

let tarball = '';
let packed: string[] = [];
let project = '';

beforeAll(() => {
  const out = tempDir('attune-pack-');
  const [info] = JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', out, '--loglevel=error'],
      { ...quiet, cwd: ROOT },
    ) as string,
  ) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error('npm pack printed nothing');
  tarball = join(out, info.filename);
  packed = info.files.map((f) => f.path);

  project = tempDir('attune-consumer-');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // Its dependencies come from npm's cache, which npm ci has just filled.
  execFileSync(
    'npm',
    [
      'install',
      tarball,
      '--prefer-offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { ...quiet, cwd: project },
  );
  cpSync(join(ROOT, 'examples'), join(project, 'examples'), { recursive: true });
}, 600_000);

describe('the packed package', () => {
  it('holds the bin, the build, the frameworks and the templates, and nothing else', () => {
    const top = new Set(packed.map((p) => p.split('/')[0]));
    expect([...top].sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin',
      'dist',
      'frameworks',
      'package.json',
      'templates',
    ]);
    for (const needed of [
      'bin/attune.js',
      'dist/cli.js',
      'dist/index.js',
      'dist/worker.js',
      'dist/form-client.js',
      'dist/types/index.d.ts',
      'frameworks/trauma-informed-organisation.yaml',
      'templates/report.html.hbs',
      'templates/form.html.hbs',
    ])
      expect(packed).toContain(needed);
    // The build for attune's own scripts and tests stays at home, and so do the source maps,
    // which nothing installed reads.
    expect(packed.filter((p) => p.startsWith('dist/dev/') || p.endsWith('.map'))).toEqual([]);
  });

  it('passes publint, warnings included', { timeout: 120_000 }, () => {
    expect(() => execFileSync(bin('publint'), ['run', tarball, '--strict'], quiet)).not.toThrow();
  });

  it('passes arethetypeswrong for an ES-module-only package', { timeout: 120_000 }, () => {
    let output: string;
    try {
      output = execFileSync(
        bin('attw'),
        [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji'],
        quiet,
      ) as string;
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`arethetypeswrong: ${failed.stdout ?? ''}${failed.stderr ?? ''}`, {
        cause: error,
      });
    }
    // Exit code 0: nothing wrong for ES modules in Node and bundlers (CommonJS is not offered).
    expect(output).toMatch(/node16 \(from ESM\)\W+OK \(ESM\)/);
  });
});

describe('an installed copy', () => {
  it(
    'runs its bin: a report from the bundled framework and templates',
    { timeout: 120_000 },
    () => {
      const version = execFileSync(
        join(project, 'node_modules', '.bin', 'attune'),
        ['--version'],
        quiet,
      ) as string;
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(version.trim()).toBe(pkg.version);
      const html = execFileSync(
        join(project, 'node_modules', '.bin', 'attune'),
        ['report', 'examples/answers-2026', '--format', 'html'],
        { ...quiet, cwd: project, env: { ...process.env, NO_COLOR: '1' } },
      ) as string;
      expect(html).toMatch(/^<!doctype html>/i);
    },
  );

  it("runs the README's example of the API", { timeout: 120_000 }, () => {
    const example = readmeExample();
    writeFileSync(join(project, 'example.mjs'), example);
    const stdout = execFileSync(process.execPath, ['example.mjs'], {
      ...quiet,
      cwd: project,
    }) as string;
    expect(stdout).toContain('examples/northside.yaml is valid');
    expect(stdout).toMatch(/^21 respondents; overall \d+\.\d$/m);
    const html = readFileSync(join(project, 'report.html'), 'utf8');
    expect(html).toContain('Northside');
    // Compared with last year, as the example asks.
    expect(html).toMatch(/2025/);
  });

  it(
    'type-checks a program and the example against its types, and catches one that misuses them',
    { timeout: 600_000 },
    () => {
      writeFileSync(join(project, 'example.mjs'), readmeExample());
      writeFileSync(join(project, 'consumer.ts'), CONSUMER);
      writeFileSync(join(project, 'wrong.ts'), WRONG);
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'nodenext',
            target: 'es2023',
            strict: true,
            noEmit: true,
            allowJs: true,
            checkJs: true,
            skipLibCheck: false,
            types: ['node'],
            typeRoots: [join(ROOT, 'node_modules', '@types')],
          },
          files: ['consumer.ts', 'example.mjs', 'wrong.ts'],
        }),
      );
      let output = '';
      try {
        execFileSync(bin('tsc'), ['-p', '.'], { ...quiet, cwd: project });
      } catch (error) {
        output = (error as { stdout?: string }).stdout ?? String(error);
      }
      const errors = output.split('\n').filter((l) => /: error TS/.test(l));
      // Every line of wrong.ts is an error, and there are no others.
      expect(
        errors.map((l) => /^(.*)\((\d+),/.exec(l)?.slice(1).join(':')),
        output,
      ).toEqual(['wrong.ts:2', 'wrong.ts:3', 'wrong.ts:4']);
    },
  );
});

/** The first JavaScript block of the README's "Using attune from a program". */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Using attune from a program\n')[1] ?? '';
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined) throw new Error('README: no example under "Using attune from a program"');
  return code;
}

/** Three mistakes the types must catch: internals are not exported; wrong formats and options. */
const WRONG = `import { buildReport, render, type ReportModel } from 'attune';
import { FrameworkLoader } from 'attune';
export const a = (m: ReportModel) => render(m, 'pdf');
export const b = (m: ReportModel) => buildReport(m);
`;

/** A small TypeScript program using the public names and types. */
const CONSUMER = `
import {
  AttuneError,
  InputError,
  buildReport,
  jsonSchema,
  listFrameworks,
  loadFramework,
  readAnswers,
  render,
  validateFramework,
  validateFrameworkFiles,
  type Answers,
  type Finding,
  type Framework,
  type ReportFormat,
  type ReportModel,
  type Validation,
} from 'attune';

const line = (f: Finding): string => \`\${f.file}:\${f.line}:\${f.column} \${f.message} (\${f.rule})\`;

export async function main(): Promise<void> {
  const framework: Framework = await loadFramework('trauma-informed-organisation');
  const checked: Validation = await validateFramework('attune: 1', { file: 'draft.yaml' });
  const files = await validateFrameworkFiles(['frameworks']);
  const answers: Answers = await readAnswers(['examples/answers-2026'], { framework });
  const model: ReportModel = buildReport(answers, { minGroupSize: 5, now: new Date(0) });
  const formats: ReportFormat[] = ['md', 'html', 'json', 'csv'];
  const texts: string[] = formats.map((f) => render(model, f, { table: 'domains' }));
  const score: number | null = model.overall.score;
  const ids: string[] = (await listFrameworks()).map((f) => f.id);
  const schema: Record<string, unknown> = jsonSchema('answers');
  console.log(checked.findings.map(line), files.files, texts.length, score, ids, schema);
  try {
    await loadFramework('no-such-framework');
  } catch (error) {
    if (error instanceof InputError) console.log(error.exitCode, error.message);
    else if (error instanceof AttuneError) console.log(error.exitCode);
    else throw error;
  }
}
`;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/api.js';
import { InputError } from '../../src/core/errors.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'frameworks', name), 'utf8');
const small = fixture('small.yaml');
const brief = (findings: { rule: string; file: string; line: number; column: number }[]) =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);

describe('validateFramework: a framework held in memory', () => {
  it('a valid text gives the framework ready to use', async () => {
    const result = await validateFramework(small, { file: 'small.yaml', cwd: tempDir() });
    expect(result.valid).toBe(true);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.framework?.id).toBe('small-example');
    expect(result.framework?.questions.length).toBeGreaterThan(2);
  });

  it('names the text as `file` says, at the line and column of each problem', async () => {
    const result = await validateFramework(fixture('invalid-extends-unresolved.yaml'), {
      file: 'drafts/tailored.yaml',
      cwd: tempDir(),
    });
    expect(result.valid).toBe(false);
    expect(result.framework).toBeUndefined();
    expect(brief(result.findings)).toEqual(['drafts/tailored.yaml:5:10 extends-unresolved']);
  });

  it('reads the text, not a file of the same name on disk', async () => {
    const result = await validateFramework('attune: 1\nid: Not Kebab\n', {
      file: 'test/fixtures/frameworks/small.yaml',
      cwd: ROOT,
    });
    expect(result.valid).toBe(false);
    expect(result.findings.every((f) => f.file === 'test/fixtures/frameworks/small.yaml')).toBe(
      true,
    );
  });

  it('`extends` finds other frameworks held in memory, and places their findings in them', async () => {
    const overlay = 'attune: 1\nid: tailored\nversion: 1.0.0\nextends: ./base/small.yaml\n';
    const cwd = tempDir();
    const good = await validateFramework(overlay, {
      file: 'ours.yaml',
      cwd,
      files: { 'base/small.yaml': small },
    });
    expect(good.valid).toBe(true);
    expect(good.framework?.id).toBe('tailored');

    const broken = small.replace('version: 1.0.0', 'version: one');
    const bad = await validateFramework(overlay, {
      file: 'ours.yaml',
      cwd,
      files: { 'base/small.yaml': broken },
    });
    expect(bad.valid).toBe(false);
    expect(bad.findings.map((f) => f.file)).toContain(join('base', 'small.yaml'));
    expect(bad.findings.map((f) => f.rule)).toContain('extends-invalid');
  });

  it('`extends` by id finds the bundled frameworks', async () => {
    const result = await validateFramework(fixture('extends-bundled.yaml'), {
      file: 'ours.yaml',
      cwd: tempDir(),
    });
    expect(result.valid).toBe(true);
  });

  it('holds the text to what a file must be: text, and not too large', async () => {
    const binary = await validateFramework('attune: 1\nid: x\0y\n', { cwd: tempDir() });
    expect(brief(binary.findings)).toEqual(['framework.yaml:2:6 file-not-text']);
    const huge = await validateFramework(`# ${'x'.repeat(6 * 1024 * 1024)}\n`, { cwd: tempDir() });
    expect(brief(huge.findings)).toEqual(['framework.yaml:1:1 file-too-large']);
  });

  it('keeps messages to one line, as `validate --format json` does', async () => {
    const result = await validateFramework('attune: 1\nid: "a\\u001b[31mb"\n', { cwd: tempDir() });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.message).not.toMatch(/\p{Cc}/u);
  });

  it('refuses what is not text', async () => {
    await expect(validateFramework(42 as unknown as string)).rejects.toThrow(InputError);
    await expect(
      validateFramework('attune: 1', { files: { 'base.yaml': null as unknown as string } }),
    ).rejects.toThrow(/files: base.yaml is not the YAML text/);
  });
});

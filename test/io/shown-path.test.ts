import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/io/shown-path.js';

const cwd = resolve('/work/audit');

describe('shownPath', () => {
  it.each([
    ['a file in the working folder', join(cwd, 'answers.yaml'), 'answers.yaml'],
    [
      'a file further down',
      join(cwd, 'frameworks', 'local.yaml'),
      join('frameworks', 'local.yaml'),
    ],
    [
      'a path given relative to the working folder',
      'frameworks/local.yaml',
      join('frameworks', 'local.yaml'),
    ],
    ['the working folder itself', cwd, cwd],
    ['a file above it', resolve(cwd, '..', 'other.yaml'), resolve(cwd, '..', 'other.yaml')],
    ['a relative path above it', '../other.yaml', resolve(cwd, '..', 'other.yaml')],
    ['a file elsewhere', resolve('/tmp/x.yaml'), resolve('/tmp/x.yaml')],
    ['a name that merely starts with two dots', join(cwd, '..notes.yaml'), '..notes.yaml'],
  ])('%s', (_what, file, shown) => {
    expect(shownPath(cwd, file)).toBe(shown);
  });
});

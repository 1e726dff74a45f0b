import { describe, expect, it } from 'vitest';
import { columns, hang, wrap } from '../../src/render/wrap.js';

describe('wrap', () => {
  it.each([
    [
      'leaves a short line alone',
      'Any question can be skipped.',
      30,
      'Any question can be skipped.',
    ],
    ['breaks at spaces', 'one two three four five six', 20, 'one two three four\nfive six'],
    [
      'hangs a list item under its text',
      '- Appointment letters and first-contact scripts',
      24,
      '- Appointment letters\n  and first-contact\n  scripts',
    ],
    ['cuts a word wider than the line', 'x'.repeat(25), 20, `${'x'.repeat(20)}\n${'x'.repeat(5)}`],
    ['keeps blank lines between paragraphs', 'a\n\nb', 20, 'a\n\nb'],
    ['counts accented letters as one', `${'ŵ'.repeat(20)} y`, 20, `${'ŵ'.repeat(20)}\ny`],
    ['counts a wide character as two columns', `${'中'.repeat(10)} y`, 20, `${'中'.repeat(10)}\ny`],
    [
      'hangs a numbered line under its text',
      '12. Go back to the previous question',
      24,
      '12. Go back to the\n    previous question',
    ],
    [
      'keeps an indent on every wrapped line',
      '  attune assess is here',
      20,
      '  attune assess is\n  here',
    ],
    [
      'never starts a wrapped line with a space',
      'one  two   three   four five six',
      20,
      'one  two   three\nfour five six',
    ],
  ])('%s', (_name, text, width, expected) => {
    expect(wrap(text, width)).toBe(expected);
  });

  it('never makes a line wider than asked', () => {
    const text = 'Trustworthiness and transparency: domain 2 of 5, question 17 of 48 '.repeat(5);
    for (const line of wrap(text, 40).split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('hangs a choice under its label, whatever the marker', () => {
    expect(
      hang('❯ 11. ', 'Go back to the previous question (this is the first question)', 40),
    ).toBe('❯ 11. Go back to the previous question\n      (this is the first question)');
  });

  it('does not count colour codes as columns', () => {
    const red = '\u001b[31mred\u001b[39m';
    expect(columns(red)).toBe(3);
    for (const line of wrap(`${red} `.repeat(30), 20).split('\n'))
      expect(columns(line)).toBeLessThanOrEqual(20);
  });
});

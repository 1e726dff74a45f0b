import { describe, expect, it } from 'vitest';
import {
  csvSafe,
  cssString,
  escapeHtml,
  escapeMarkdown,
  markdownQuote,
} from '../../src/render/escape.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="a()">', '&lt;img src&#61;x onerror&#61;&quot;a()&quot;&gt;'],
    ["it's & `that`", 'it&#39;s &amp; &#96;that&#96;'],
    ['{{constructor}}', '{{constructor}}'],
  ])('%s', (input, output) => expect(escapeHtml(input)).toBe(output));
});

describe('escapeMarkdown', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](http://a/b.png)', '!\\[x\\](http://a/b.png)'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['# heading\n- item', '\\# heading - item'],
    ['- item', '\\- item'],
    ['Ends. With-dots 1.0.0', 'Ends. With-dots 1.0.0'],
    ['a | b', 'a \\| b'],
    ['*not* _emphasis_', '\\*not\\* \\_emphasis\\_'],
    ['1. not a list', '1\\. not a list'],
    ['&amp;', '&amp;amp;'],
    ['{{x}}', '{{x}}'],
    ['`code`', '\\`code\\`'],
  ])('%j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

it('markdownQuote keeps line breaks but escapes each line', () => {
  expect(markdownQuote('first\n\n# second')).toBe('> first\n>\n> \\# second');
});

it('csvSafe guards formulas and keeps numbers', () => {
  expect(csvSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  expect(csvSafe('-1+1')).toBe("'-1+1");
  expect(csvSafe('plain')).toBe('plain');
  expect(csvSafe(-4.5)).toBe(-4.5);
  expect(csvSafe(null)).toBe('');
});

describe('cssString', () => {
  it.each([
    ['Plain title 2026', '"Plain title 2026"'],
    ['Self-check: report', '"Self\\2d check\\3a  report"'],
    ['a"b\'c\\d', '"a\\22 b\\27 c\\5c d"'],
    [
      '</style><script>x()</script>',
      '"\\3c \\2f style\\3e \\3c script\\3e x\\28 \\29 \\3c \\2f script\\3e "',
    ],
    ['line\nbreak\u2028and\u0007bell', '"line break and bell"'],
    ['Hunan 🙂 Cymraeg ŵ', '"Hunan \\1f642  Cymraeg \\175 "'],
  ])('%j', (input, output) => expect(cssString(input)).toBe(output));

  it('cannot end the string, the rule or the style element', () => {
    const hostile = '"; } body { display: none } </style><style> @page { content: "x';
    const out = cssString(hostile).slice(1, -1);
    expect(out).not.toMatch(/["'<>{};\n]/);
  });
});

import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { outlineMarkdown } from '../../src/render/outline.js';

const HOSTILE = '<script>alert(1)</script> | # not a heading\n- not a list [link](http://x)';

/** A small framework in code, with one hostile text in every kind of place. */
function doc(): FrameworkDoc {
  return {
    attune: 1,
    id: 'outline-test',
    version: '1.0.0',
    title: { 'en-GB': `Title ${HOSTILE}`, cy: 'Teitl' },
    summary: HOSTILE,
    language: 'en-GB',
    partialLanguages: ['cy'],
    licence: 'CC-BY-4.0',
    respondents: [
      { id: 'staff', label: 'Staff', description: HOSTILE },
      { id: 'leaders', label: { 'en-GB': 'Leaders', cy: 'Arweinwyr' } },
    ],
    scales: {
      practice: {
        label: 'Practice',
        options: [
          { value: 0, label: { 'en-GB': 'Not yet', cy: 'Ddim eto' }, description: HOSTILE },
          { value: 1, label: 'In place', description: 'It happens.' },
        ],
        allow: ['dont-know'],
      },
      often: {
        options: [
          { value: 0, label: 'Never', description: 'Not at all.' },
          { value: 2, label: 'Always', description: 'Every time.' },
        ],
      },
    },
    defaultScale: 'practice',
    stages: [
      { id: 'start', label: { 'en-GB': 'Starting', cy: 'Dechrau' }, from: 0 },
      { id: 'later', label: HOSTILE, from: 50, description: HOSTILE },
    ],
    areas: [{ id: 'place', title: HOSTILE, summary: 'Where.' }],
    domains: [
      {
        id: 'safety',
        title: { 'en-GB': 'Safety', cy: 'Diogelwch' },
        summary: HOSTILE,
        weight: 2,
        questions: [
          { id: 'q-one', text: HOSTILE, area: 'place', scale: 'often' },
          {
            id: 'q-two',
            text: 'Second question.',
            area: 'place',
            respondents: ['staff'],
            weight: 0.5,
            reverse: true,
            when: {
              any: [
                { question: 'q-one', in: [2] },
                { all: [{ question: 'q-one', in: [0, 'not-applicable'] }] },
              ],
            },
          },
        ],
      },
    ],
  };
}

describe('outlineMarkdown', () => {
  const md = outlineMarkdown(normalise(doc()));

  it('escapes every text from the framework: no HTML, no stray block', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    // The link's brackets are escaped, so it stays text.
    expect(md).not.toMatch(/(?<!\\)\[link/);
    expect(md).toContain(escapeMarkdown(HOSTILE));
    // Only attune's own headings start a line with #, and every table row has its cells.
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      expect.stringMatching(/^# Title /),
      '## Respondents',
      '## Scales',
      '### Practice (`practice`)',
      '### `often`',
      '## Stages',
      '## Areas',
      '## Domains',
      '### 1. Safety (`safety`)',
    ]);
    for (const row of md.split('\n').filter((l) => l.startsWith('|')))
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(5);
    // A list item from a text would start a line with "- " outside attune's own lists.
    expect(md).not.toMatch(/^- not a list/m);
  });

  it('says what sets each question apart, in order', () => {
    expect(md).toContain('   - `q-one` · area: `place` · scale: `often`');
    expect(md).toContain(
      '   - `q-two` · area: `place` · asked of: `staff` · scale: `practice` · weight 0.5 · reversed: a high answer means worse practice · asked only when (`q-one` is Always (2) or `q-one` is Never (0) or not applicable)',
    );
    expect(md).toContain("Used by 1 question. Also accepts: don't know.");
    expect(md).toContain(
      '`outline-test`, version `1.0.0`: 2 questions in 1 domain. Licence: `CC-BY-4.0`.',
    );
    expect(md).toContain('Weight 2; 2 questions.');
  });

  it('picks the language asked for, and falls back to the framework’s own', () => {
    const cy = outlineMarkdown(normalise(doc()), { lang: 'cy', shown: 'cy' });
    expect(cy).toMatch(/^# Teitl\n/);
    expect(cy).toContain('Texts in `cy` where translated, otherwise in `en-GB`.');
    expect(cy).toContain('### 1. Diogelwch (`safety`)');
    expect(cy).toContain('| 0 | Ddim eto |');
    expect(cy).toContain('| 0 | Dechrau (`start`) |');
    expect(cy).toContain('- Arweinwyr (`leaders`)');
    // Untranslated: in English.
    expect(cy).toContain(`| 1 | In place | ${escapeMarkdown('It happens.')} |`);
    expect(cy).toContain(`2. ${escapeMarkdown('Second question.')}`);
    // Without a translation note where the texts stay in the framework's language.
    expect(md).not.toContain('Texts in');
  });
});

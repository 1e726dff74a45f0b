import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholders } from '../../src/core/messages.js';
import { report as cy } from '../../src/messages/report.cy.js';
import { report as en } from '../../src/messages/report.en.js';
import { README_EXAMPLE, runCli, tempDir } from '../helpers.js';

/**
 * The report of the bundled framework with `--lang cy`: the framework's texts are its Welsh, and
 * the report's own headings and fixed sentences are attune's Welsh, none of its English, in
 * Markdown and HTML (the Word report's headings: report-docx.test.ts). The README's example has
 * every section: key findings, three cycles, the plan, scores by unit.
 */
const ARGS = ['report', ...README_EXAMPLE, '--lang', 'cy'];
const ENV = { SOURCE_DATE_EPOCH: '1795000000' };

/** Messages that are whole sentences or headings of their own, with nothing put in. */
const fixed = (Object.keys(en) as (keyof typeof en)[]).filter(
  (id) => placeholders(en[id], 'en').length === 0,
);
/** Those that are a few words at least, and differ in Welsh: none may appear in a Welsh report. */
const english = fixed
  .map((id) => en[id])
  .filter((text, i) => text.split(' ').length >= 3 && text !== cy[fixed[i] as keyof typeof en]);

const HEADINGS = [
  'keyFindings',
  'about',
  'summary',
  'scores',
  'trend',
  'plan',
  'actions',
  'coverage',
  'method',
  'provenance',
] as const;

describe('report --lang cy', () => {
  let md: string;
  let html: string;

  beforeAll(async () => {
    const m = await runCli(ARGS, { env: ENV });
    expect(m.code).toBe(0);
    md = m.stdout;
    const h = await runCli([...ARGS, '--format', 'html'], { env: ENV });
    expect(h.code).toBe(0);
    html = h.stdout;
  });

  it('has every Welsh heading and none of the English ones, in Markdown', () => {
    expect(md.startsWith('# Hunanwiriad gwaith sy')).toBe(true);
    for (const id of HEADINGS) {
      expect(md, id).toContain(`\n## ${cy[id] ?? ''}\n`);
      expect(md, id).not.toContain(`\n## ${en[id]}\n`);
    }
    expect(md).toContain('| Parth | Sgôr | Bar | Lefel |');
    // The plan's overall target, and every other "Overall", in Welsh.
    expect(md).toContain(`| ${cy.overall ?? ''} | 70.0 | 62.1 | 7.9 i fynd |`);
    expect(md).not.toMatch(/\| \**Overall\** \|/);
  });

  it('has no fixed English sentence of the catalogue, in Markdown or HTML', () => {
    expect(english.length).toBeGreaterThan(50);
    // The page's text: the style sheet (whose comments are English) left out.
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'");
    for (const sentence of english) {
      expect(md, sentence).not.toContain(sentence);
      expect(text, sentence).not.toContain(sentence);
    }
  });

  it('is marked as Welsh, with its headings, sentences and dates in Welsh, in HTML', () => {
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(`<h2 id="summary">${cy.summary ?? ''}</h2>`);
    expect(html).toContain(`<nav aria-label="${cy.contents ?? ''}">`);
    expect(html).toContain(
      `<title>Hunanwiriad gwaith sy&#39;n ystyriol o drawma: adroddiad asesu</title>`,
    );
    // Counts in Welsh plural forms, and dates in Welsh.
    expect(html).toContain('Pwy atebodd: 21 ymateb, rhwng 1 Hydref 2026 a 21 Hydref 2026.');
    expect(html).toContain('18 Tachwedd 2026');
    // The privacy sentence, escaped as any other text.
    expect(html).toMatch(/<p class="privacy">Does neb yn cael ei enwi yn yr adroddiad hwn\./);
  });

  it('speaks Welsh in a custom template through the t helper, and in the view’s own texts', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    // An older template, written before the t helper, beside one line that uses it.
    writeFileSync(
      join(dir, 'report.md.hbs'),
      '{{t "summary"}}: {{summary.respondents}}; {{t "peopleCount" count=summary.individuals}}\n{{#each actions}}{{priorityLabel}}\n{{/each}}',
    );
    const args = ['report', 'examples/answers-2026', '--template', dir];
    const welsh = await runCli([...args, '--lang', 'cy'], { env: ENV });
    expect(welsh.code).toBe(0);
    expect(welsh.stdout.split('\n')[0]).toBe('Crynodeb: 21 ymateb; 21 o bobl');
    expect(welsh.stdout).toContain('\nUchel\n');
    const english = await runCli(args, { env: ENV });
    expect(english.stdout.split('\n')[0]).toBe('Summary: 21 responses; 21 people');
    expect(english.stdout).toContain('\nHigh\n');
  });
});

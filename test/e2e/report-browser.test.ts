import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { axe, hasBrowser, launch, open } from '../browser.js';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

/**
 * The HTML report in a real browser (Debian's chromium): no accessibility violations, no
 * request, no script, and nothing from a framework or an answers file rendered as markup.
 */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[click me](javascript:window.__pwned=3)',
  '{{constructor.constructor("window.__pwned = 4")()}}',
  '</style><script>window.__pwned = 5</script>',
  '"><svg onload="window.__pwned = 6">',
  '![x](https://example.com/beacon.png) <https://example.com/track>',
];
const PAYLOAD = PAYLOADS.join(' ');
const TEXT_KEYS = new Set(['title', 'summary', 'text', 'help', 'label', 'description']);

/** The small framework with every text field (and evidence) carrying every payload. */
function hostile(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${value} ${PAYLOAD}` : value;
  if (Array.isArray(value))
    return value.map((v) => (key === 'evidence' ? `${String(v)} ${PAYLOAD}` : hostile(v)));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
  return value;
}

let dir: string;
let browser: Browser | undefined;
const env = { SOURCE_DATE_EPOCH: '1795392000' };

async function html(args: string[], name: string): Promise<string> {
  const out = join(dir, name);
  const r = await runCli(['report', ...args, '--format', 'html', '--out', out], { env });
  expect(r.stderr).toBe(`attune: wrote ${out}\n`);
  return out;
}

beforeAll(async () => {
  dir = tempDir();
  const framework = hostile(parse(readFileSync(join(FIXTURES, 'frameworks/small.yaml'), 'utf8')));
  writeFileSync(join(dir, 'hostile.yaml'), stringify(framework));
  // The team's answers, with hostile notes and unit names.
  mkdirSync(join(dir, 'answers'));
  for (const f of readdirSync(join(FIXTURES, 'answers/team'))) {
    const doc = parse(readFileSync(join(FIXTURES, 'answers/team', f), 'utf8')) as {
      unit?: string;
      answers: Record<string, { note?: string }>;
    };
    // A unit name is at most 200 characters.
    doc.unit = `${doc.unit ?? ''} ${PAYLOADS[0] ?? ''} ${PAYLOADS[1] ?? ''}`;
    for (const a of Object.values(doc.answers)) a.note = `${a.note ?? 'A note'} ${PAYLOAD}`;
    writeFileSync(join(dir, 'answers', f), stringify(doc));
  }
  if (hasBrowser) browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasBrowser)('the HTML report in chromium', () => {
  it('passes axe-core (WCAG 2.2 AA) with no request, script error or CSP violation', async () => {
    const file = await html(
      [
        `${FIXTURES}/answers/team`,
        '--framework',
        `${FIXTURES}/frameworks/small.yaml`,
        '--by',
        'unit',
        '--compare',
        `${FIXTURES}/answers/team-2025`,
      ],
      'team.html',
    );
    const page = await open(browser as Browser, file);
    expect(page.requests).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(page.cspViolations).toEqual([]);
    // The styles apply: the CSP's hash matches the inline stylesheet.
    const weight = await page.page
      .locator('.overall .big')
      .evaluate((e) => getComputedStyle(e).fontWeight);
    expect(weight).toBe('700');
    await page.context.close();
    const checked = await open(browser as Browser, file, { bypassCSP: true });
    expect(await axe(checked.page)).toEqual([]);
    await checked.context.close();
  });

  it('passes axe-core on the bundled framework with many respondents, in print too', async () => {
    const file = await html(
      ['examples/answers-2026', '--compare', 'examples/answers-2025', '--by', 'unit'],
      'example.html',
    );
    const checked = await open(browser as Browser, file, { bypassCSP: true });
    await checked.page.emulateMedia({ media: 'print' });
    expect(await axe(checked.page)).toEqual([]);
    await checked.page.emulateMedia({ media: 'screen' });
    expect(await axe(checked.page)).toEqual([]);
    await checked.context.close();
  });

  it('passes axe-core on the bundled framework in Welsh (--lang cy)', async () => {
    const file = await html(
      [
        'examples/answers-2026',
        '--compare',
        'examples/answers-2025',
        '--by',
        'unit',
        '--lang',
        'cy',
      ],
      'example-cy.html',
    );
    const checked = await open(browser as Browser, file, { bypassCSP: true });
    expect(await checked.page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await axe(checked.page)).toEqual([]);
    await checked.context.close();
  });

  it(
    'passes axe-core where no score may be shown, and on a person’s own answers',
    { timeout: 120_000 },
    async () => {
      const withheld = join(dir, 'withheld.html');
      const r = await runCli(
        [
          'report',
          `${FIXTURES}/hostile/privacy/one-person.yaml`,
          '--framework',
          `${FIXTURES}/frameworks/small.yaml`,
          '--format',
          'html',
          '--out',
          withheld,
        ],
        { env },
      );
      expect(r.code).toBe(0);
      const own = join(dir, 'own.html');
      const { ownReportText } = await import('../../src/cli/report-job.js');
      const { FrameworkLoader } = await import('../../src/io/load-framework.js');
      const { loadAnswers } = await import('../../src/io/answers-file.js');
      const framework = await new FrameworkLoader(FIXTURES).require('frameworks/small.yaml');
      const loaded = await loadAnswers(join(FIXTURES, 'answers/staff-1.yaml'));
      if (!loaded.doc) throw new Error('staff-1.yaml should load');
      writeFileSync(
        own,
        ownReportText(framework, loaded.doc, { format: 'html', minGroupSize: 3 }, { env }),
      );
      for (const file of [withheld, own]) {
        const page = await open(browser as Browser, file);
        expect(page.requests).toEqual([]);
        expect(page.cspViolations).toEqual([]);
        await page.context.close();
        const checked = await open(browser as Browser, file, { bypassCSP: true });
        expect(await axe(checked.page)).toEqual([]);
        await checked.context.close();
      }
    },
  );

  it('passes axe-core with key findings, three cycles, the role mix, the plan and response rates', async () => {
    const file = await html(
      [
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
        'Riverside day service:staff=4',
      ],
      'cycles.html',
    );
    const page = await open(browser as Browser, file);
    expect(page.requests).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(page.cspViolations).toEqual([]);
    // Key findings come first in the page; the method section, then where the report came from, last.
    const headings = await page.page.locator('main h2').allTextContents();
    expect(headings[0]).toBe('Key findings');
    expect(headings.slice(-2)).toEqual(['Method', 'Where this report came from']);
    expect(headings).toEqual(
      expect.arrayContaining(['Across the cycles', 'Who answered has changed']),
    );
    // A chart of the overall score, then one of each domain's: one mark per cycle, each with its
    // score as text, the same numbers as the table's rows (overall, then each domain).
    const charts = page.page.locator('svg.trend-chart');
    const rows = page.page.locator('#trend-caption').locator('xpath=..').locator('tbody tr');
    expect(await charts.count()).toBe((await rows.count()) - 1);
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      expect(await chart.locator('.mark').count()).toBe(3);
      const labels = await chart.locator('text.value').allTextContents();
      const row = await rows
        .nth(i + 1)
        .locator('td')
        .allTextContents();
      expect(labels).toEqual(row.map((cell) => cell.split(' ')[0]));
    }
    await page.context.close();
    const checked = await open(browser as Browser, file, { bypassCSP: true });
    expect(await axe(checked.page)).toEqual([]);
    await checked.page.emulateMedia({ media: 'print' });
    expect(await axe(checked.page)).toEqual([]);
    await checked.context.close();
  });

  it('draws the chart: one bar per scored domain, as long as its score', async () => {
    const file = await html(['examples/answers-2026'], 'chart.html');
    const { page, context } = await open(browser as Browser, file);
    const bars = page.locator('svg.bars rect.bar');
    expect(await bars.count()).toBe(5);
    const scores = await page.locator('.chart-and-table table tbody td.num').allTextContents();
    const widths = await bars.evaluateAll((rects) =>
      rects.map((r) => r.getBoundingClientRect().width),
    );
    // Widths are proportional to the scores in the table beside the chart.
    const ratio = (widths[0] ?? 0) / Number(scores[0]);
    widths.forEach((w, i) => expect(w / Number(scores[i])).toBeCloseTo(ratio, 1));
    const shot = await page.locator('figure.chart').screenshot();
    expect(shot.length).toBeGreaterThan(5000);
    await context.close();
  });

  it('shows every hostile string as text and runs none of it', async () => {
    const file = await html(
      [
        join(dir, 'answers'),
        '--framework',
        join(dir, 'hostile.yaml'),
        '--by',
        'unit',
        '--min-group-size',
        '1',
      ],
      'hostile.html',
    );
    const { page, context, requests, errors, cspViolations } = await open(browser as Browser, file);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main img, main svg[onload], a[href^="javascript"]').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    // The payloads are there, as text.
    const text = await page.locator('body').innerText();
    for (const p of PAYLOADS) expect(text).toContain(p);
    await context.close();
  });
});

describe('the Markdown report with hostile input', () => {
  it('escapes every payload', async () => {
    const r = await runCli(
      [
        'report',
        join(dir, 'answers'),
        '--framework',
        join(dir, 'hostile.yaml'),
        '--min-group-size',
        '1',
      ],
      { env },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img|<svg|<https:|(?<!\\)\]\(javascript|!\[x\]\(/);
    expect(r.stdout).toContain('&lt;script&gt;');
    expect(r.stdout).toContain('\\[click me\\](javascript:window.\\_\\_pwned=3)');
  });
});

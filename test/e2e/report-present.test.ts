import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, CHROMIUM, hasBrowser, launch, open } from '../browser.js';
import { readingEase } from '../frameworks/readability.js';
import { README_EXAMPLE, ROOT, runCli, tempDir } from '../helpers.js';

/**
 * The report people present: the README's example (three cycles, the plan, by unit) on a phone,
 * on a laptop and printed on A4 and Letter, as a person would see it in Chromium. The PDF's text
 * is read back with pdftotext (poppler-utils), page by page.
 */
const README_ARGS = README_EXAMPLE;
const TITLE = 'Trauma-informed work self-check: assessment report';
const env = { SOURCE_DATE_EPOCH: '1795392000' };
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

let dir: string;
let report: string;
let browser: Browser | undefined;

beforeAll(async () => {
  dir = tempDir('attune-present-');
  report = join(dir, 'report.html');
  const r = await runCli(['report', ...README_ARGS, '--format', 'html', '--out', report], {
    env,
  });
  expect(r.code).toBe(0);
  if (hasBrowser) browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** What a page shows at one width: whether anything spills sideways, and its scroll boxes. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const named = (el: Element) => {
      const by = el.getAttribute('aria-labelledby');
      const label = by ? (document.getElementById(by)?.textContent ?? '') : '';
      return (label || el.getAttribute('aria-label') || '').trim();
    };
    return {
      viewport: doc.clientWidth,
      scrollWidth: doc.scrollWidth,
      boxes: [...document.querySelectorAll('.scroll')].map((el) => ({
        role: el.getAttribute('role'),
        tabindex: el.getAttribute('tabindex'),
        name: named(el),
        hidden: el.scrollWidth - el.clientWidth,
      })),
      // Every table is in a scroll box, or fits the page as it is.
      loose: [...document.querySelectorAll('table')]
        .filter((t) => !t.closest('.scroll') && t.getBoundingClientRect().right > doc.clientWidth)
        .map((t) => t.querySelector('caption')?.textContent ?? '(no caption)'),
      // Text in the charts, in CSS pixels as drawn (a chart with a viewBox is scaled).
      chartText: [...document.querySelectorAll('svg text')].map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement;
        const scale = svg.hasAttribute('viewBox')
          ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
          : 1;
        return {
          chart: svg.getAttribute('class') ?? '',
          size: parseFloat(getComputedStyle(t).fontSize) * scale,
          text: t.textContent,
        };
      }),
      actionCells: [...document.querySelectorAll('table.actions tbody td')].map(
        (td) => getComputedStyle(td).display,
      ),
    };
  });
}

describe.skipIf(!hasBrowser)('the example report on screens of three widths', () => {
  it.each([320, 375, 1280])(
    'at %i px: nothing scrolls sideways but inside labelled boxes; the charts are readable; axe passes',
    { timeout: 120_000 },
    async (width) => {
      const opened = await open(browser as Browser, report, {
        viewport: { width, height: 900 },
      });
      const seen = await layout(opened.page);
      expect(opened.requests).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      // The page itself never scrolls sideways.
      expect(seen.viewport).toBe(width);
      expect(seen.scrollWidth).toBe(width);
      expect(seen.loose).toEqual([]);
      // Each wide table (and the trend chart) scrolls in a box a keyboard can reach and a
      // screen reader can name.
      expect(seen.boxes.length).toBeGreaterThanOrEqual(10);
      for (const box of seen.boxes) {
        expect(box.role).toBe('region');
        expect(box.tabindex).toBe('0');
        expect(box.name).not.toBe('');
      }
      // At a laptop's width no table hides a column.
      if (width >= 1280) expect(seen.boxes.filter((b) => b.hidden > 0)).toEqual([]);
      else expect(seen.boxes.some((b) => b.hidden > 0)).toBe(true);
      // Chart text is drawn at 12 px or more.
      const bars = seen.chartText.filter((t) => t.chart === 'bars');
      expect(bars.map((t) => t.text)).toContain('Safety');
      expect(seen.chartText.filter((t) => t.size < 12)).toEqual([]);
      // On a phone, each action is an entry of its own: its cells stack.
      expect(seen.actionCells.length).toBeGreaterThan(0);
      expect(new Set(seen.actionCells)).toEqual(new Set([width < 640 ? 'block' : 'table-cell']));
      // A scroll box takes the keyboard's focus.
      await opened.page.locator('[role="region"][aria-labelledby="by-caption"]').focus();
      expect(
        await opened.page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')),
      ).toBe('by-caption');
      await opened.context.close();

      const checked = await open(browser as Browser, report, {
        bypassCSP: true,
        viewport: { width, height: 900 },
      });
      expect(await axe(checked.page)).toEqual([]);
      await checked.context.close();
    },
  );

  it('has a key to the shading of each grid', async () => {
    const { page, context } = await open(browser as Browser, report);
    for (const section of ['areas', 'by']) {
      const legend = page.locator(`section[aria-labelledby="${section}"] .legend li`);
      expect(await legend.allTextContents()).toEqual([
        '○ Trauma aware (from 0)',
        '◔ Trauma sensitive (from 25)',
        '◕ Trauma responsive (from 50)',
        '● Trauma informed (from 85)',
      ]);
      // Each swatch has the tint its stage's cells have.
      const swatch = await legend
        .locator('.swatch')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
      const cells = await page
        .locator(`section[aria-labelledby="${section}"] td.band-2`)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(swatch[2]).toBe(cells);
    }
    await context.close();
  });

  it('the picture in the README: the top of the report at 1280 px', async () => {
    const { page, context } = await open(browser as Browser, report, {
      viewport: { width: 1280, height: 900 },
    });
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 900 } });
    expect(shot.length).toBeGreaterThan(20_000);
    // Written only when asked (ATTUNE_WRITE_SCREENSHOT=1), so a test run never changes a
    // tracked file.
    if (process.env.ATTUNE_WRITE_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs', 'report.png'), shot);
    }
    await context.close();
  });
});

describe.skipIf(!hasBrowser)('the example report printed', () => {
  it('flows from section to section, with headings kept with what follows and table headers repeated', async () => {
    const { page, context } = await open(browser as Browser, report);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('main > section')].map(
        (s) => getComputedStyle(s).breakBefore,
      ),
      headings: [...document.querySelectorAll('main h2, main h3')].map(
        (h) => getComputedStyle(h).breakAfter,
      ),
      theads: [...document.querySelectorAll('thead')].map((t) => getComputedStyle(t).display),
      rows: [...document.querySelectorAll('tbody tr')].map((r) => getComputedStyle(r).breakInside),
      tables: [...document.querySelectorAll('table')].map((t) => getComputedStyle(t).breakInside),
      nav: getComputedStyle(document.querySelector('nav') as Element).display,
    }));
    expect(new Set(styles.sections)).toEqual(new Set(['auto']));
    expect(new Set(styles.headings)).toEqual(new Set(['avoid']));
    expect(new Set(styles.theads)).toEqual(new Set(['table-header-group']));
    expect(new Set(styles.rows)).toEqual(new Set(['avoid']));
    // A table longer than a page is not pushed whole to the next one.
    expect(new Set(styles.tables)).toEqual(new Set(['auto']));
    expect(styles.nav).not.toBe('none');
    await context.close();
  });

  it.skipIf(!hasPdftotext && !process.env.CI)(
    'on A4 and Letter: full pages, each with the title and its number, the contents, no path (needs pdftotext, from poppler-utils)',
    { timeout: 180_000 },
    async () => {
      const { page, context } = await open(browser as Browser, report);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = join(dir, `report-${format}.pdf`);
        // As a person prints it: the browser's own header and footer off (see the README).
        await page.pdf({ path: pdf, format });
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text.status).toBe(0);
        // pdftotext ends each page with a form feed.
        const pages = text.stdout.split('\f').slice(0, -1);
        // Sections flow on: when each section started a page, this report took 34 A4 pages,
        // many of them half empty. Now its 60,000 or so characters (65 actions, and the last
        // cycle's) fill 24 A4 pages or 27 Letter ones, 2,000 characters or more a page.
        expect(pages.length).toBeGreaterThan(5);
        expect(pages.length).toBeLessThanOrEqual(28);
        const chars = pages.reduce((sum, p) => sum + p.replace(/\s+/g, ' ').length, 0);
        expect(chars / pages.length).toBeGreaterThan(2000);
        pages.forEach((p, i) => {
          const where = `${format} page ${i + 1}`;
          expect(p, where).toContain(TITLE);
          expect(p, where).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\b`));
          // No page but the last is nearly empty; a page with trend charts (each with its axis,
          // 100 on a line of its own) holds less text but is full.
          const charts = p.match(/^\s*100\s*$/gm)?.length ?? 0;
          if (i < pages.length - 1 && charts === 0)
            expect(p.replace(/\s+/g, ' ').length, where).toBeGreaterThan(1200);
          for (const path of ['file://', '/tmp', dir, homedir()])
            expect(p.includes(path), `${where} shows ${path}`).toBe(false);
        });
        // The contents list is printed, on the first page.
        expect(pages[0]).toContain('Contents');
        expect(pages[0]).toContain('About this report');
        // The action plan is longer than a page: its header row is on each page it spans.
        const withPlan = pages.filter((p) => /question score \d/.test(p));
        const headed = pages.filter((p) => /Priority\s+Action\s+Owner\s+Due/.test(p));
        expect(withPlan.length).toBeGreaterThan(0);
        expect(headed.length).toBeGreaterThan(1);
      }
      await context.close();
    },
  );

  it.skipIf(!hasPdftotext && !process.env.CI)(
    'prints no file path even with the browser’s own header and footer on (needs pdftotext)',
    { timeout: 180_000 },
    () => {
      // Chromium's command-line printing adds its own header and footer (date, title, the
      // file's address, page numbers), as its print dialog does with "Headers and footers"
      // ticked. A page without margin boxes gets them; the report's own take their place.
      const control = join(dir, 'control.html');
      writeFileSync(control, '<!doctype html><title>Control</title><p>Hello</p>');
      const printed = (file: string) => {
        const pdf = `${file}.pdf`;
        const r = spawnSync(
          CHROMIUM,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            `--user-data-dir=${join(dir, 'chromium-profile')}`,
            `--print-to-pdf=${pdf}`,
            pathToFileURL(file).href,
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        expect(r.status).toBe(0);
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text.status).toBe(0);
        return text.stdout.split('\f').slice(0, -1);
      };
      expect(printed(control).join('\f')).toContain(pathToFileURL(control).href);
      const pages = printed(report);
      pages.forEach((p, i) => {
        expect(p).toContain(TITLE);
        expect(p).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\b`));
        expect(p.includes('file://')).toBe(false);
        expect(p.includes(dir)).toBe(false);
      });
    },
  );
});

describe('About this report', () => {
  it('reads easily (Flesch 70 or more) in Markdown, and is in HTML too', async () => {
    const md = await runCli(['report', ...README_ARGS], { env });
    expect(md.code).toBe(0);
    const about = /## About this report\n\n([\s\S]*?)\n## /.exec(md.stdout)?.[1] ?? '';
    expect(about).toContain('Nobody is named');
    expect(about).toContain('fewer than 3 people');
    expect(readingEase(about)).toBeGreaterThanOrEqual(70);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<h2 id="about">About this report</h2>');
  });
});

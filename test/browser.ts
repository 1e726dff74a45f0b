import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (browser downloads do not work here). Browser
 * tests may skip only on a developer's machine without chromium; in CI (`CI` set) they must run.
 */
export const CHROMIUM = '/usr/bin/chromium';
/**
 * CI runs the suite on Node 24 and then again on Node 22. The checks by real consumers (Chromium,
 * and LibreOffice for Word files) read files attune wrote, which the end-to-end tests check on
 * both versions; the second run sets ATTUNE_SKIP_CONSUMERS=1 and leaves them out (.ci/run).
 */
export const consumersSkipped = process.env.ATTUNE_SKIP_CONSUMERS === '1';
export const hasBrowser = !consumersSkipped && (existsSync(CHROMIUM) || Boolean(process.env.CI));

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request other than the file itself: must stay empty. */
  requests: string[];
  /** Console errors and uncaught exceptions: must stay empty. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
}

/**
 * Opens an HTML file as a person would (a file:// URL), recording any network request, script
 * error and CSP violation. `bypassCSP` only for axe, which must inject its script.
 */
export async function open(
  browser: Browser,
  file: string,
  options: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    ...(options.viewport && { viewport: options.viewport }),
  });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
      else errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, requests, errors, cspViolations };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page at WCAG 2.2 AA (and best practice); returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

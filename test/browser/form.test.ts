import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickText } from '../../src/core/framework.js';
import type { Text } from '../../src/core/schema/common.js';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { axe, hasBrowser, launch, open, type Opened } from '../browser.js';
import {
  answersThroughForm,
  chooseRadio,
  currentScreen,
  fillForm,
  pressButton,
  saveForm,
  tabTo,
  type FormFill,
} from '../form-driver.js';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers.js';

/**
 * The offline form in a real browser (Debian's chromium): filled with the keyboard only, reloaded
 * half-way, saved; the saved file read back by attune; framework text that looks like markup
 * shown as text; axe-core on every screen, also 320 px wide; no request, no CSP violation.
 */
const SMALL = join(FIXTURES, 'frameworks/small.yaml');
const HOSTILE = join(FIXTURES, 'form/hostile-text.yaml');
const small = await new FrameworkLoader(ROOT).require(SMALL);
const dir = tempDir('attune-form-');

async function makeForm(name: string, args: string[]): Promise<string> {
  const out = join(dir, name);
  const r = await runCli(['form', ...args, '--out', out]);
  // What attune form says is in the language asked for, where it speaks it.
  expect(r.stderr).toMatch(args.includes('cy') ? /^ysgrifennwyd / : /^wrote /);
  expect(r.code).toBe(0);
  return out;
}

/** What the page keeps in localStorage under the form's key. */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('attune-form:small-example@')),
  );

const checkedValue = (page: Page, id: string) =>
  page.evaluate(
    (name) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value,
    `answer-${id}`,
  );

function expectQuiet(opened: Opened) {
  expect(opened.requests).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(opened.cspViolations).toEqual([]);
}

describe.skipIf(!hasBrowser)('attune form in a browser', () => {
  let browser: Browser;
  let smallForm: string;
  beforeAll(async () => {
    browser = await launch();
    smallForm = await makeForm('small.html', ['--framework', SMALL]);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is filled with the keyboard alone, survives a reload, and saves exactly what was typed', async () => {
    const opened = await open(browser, smallForm);
    const { page } = opened;
    const fill: FormFill = {
      role: 'staff',
      unit: 'Northside supported housing',
      answers: {
        'safety-first-contact': 3,
        'safety-premises': 1,
        'safety-quiet-space': 'not-applicable',
        'trust-explain-decisions': 'dont-know',
      },
      notes: { 'safety-first-contact': 'Letters go out "a week" before.\nMostly <b>on time</b>.' },
    };
    let reloaded = false;
    await fillForm(page, fill, async (section) => {
      if (section !== 1) return;
      // Half-way: the tab is closed and opened again. Nothing is lost.
      await page.reload();
      reloaded = true;
      expect(await currentScreen(page)).toBe('questions');
      expect(await page.locator('#questions-title').textContent()).toBe(
        'Trustworthiness and transparency',
      );
      // Focus is on the current section's heading, where a screen reader starts reading.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('questions-heading');
      expect(await page.locator('#restored').isVisible()).toBe(true);
      expect(await checkedValue(page, 'safety-first-contact')).toBe('3');
      expect(await checkedValue(page, 'safety-premises')).toBe('1');
      expect(await checkedValue(page, 'safety-quiet-space')).toBe('not-applicable');
      expect(await page.locator('#q-safety-first-contact-note').inputValue()).toBe(
        fill.notes?.['safety-first-contact'],
      );
    });
    expect(reloaded).toBe(true);
    expect(await currentScreen(page)).toBe('review');
    expect(await page.locator('#progress').textContent()).toBe('4 of 4 questions answered.');
    expect(await page.locator('#review-who').textContent()).toBe(
      'One person, as Staff and volunteers, about Northside supported housing.',
    );

    const saved = await saveForm(page);
    // Framework, role, date and a short random part: two saves never share a name.
    expect(saved.name).toMatch(/^small-example-staff-\d{4}-\d{2}-\d{2}-[a-z2-9]{4}\.json$/);
    const file = join(dir, saved.name);
    writeFileSync(file, saved.text);
    const loaded = await loadAnswers(file, saved.name, small);
    expect(loaded.findings).toEqual([]);
    const { started, updated, ...rest } = loaded.doc ?? {};
    expect(started).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(rest).toEqual({
      attune: 1,
      framework: { id: 'small-example', version: '1.0.0' },
      respondent: { role: 'staff' },
      unit: 'Northside supported housing',
      status: 'completed',
      answers: {
        'safety-first-contact': { value: 3, note: fill.notes?.['safety-first-contact'] },
        'safety-premises': { value: 1 },
        'safety-quiet-space': { value: 'not-applicable' },
        'trust-explain-decisions': { value: 'dont-know' },
      },
    });

    // attune report reads the file as it is (one person's answers: counted, no scores shown).
    const report = await runCli(['report', file, '--framework', SMALL, '--format', 'json']);
    expect(report.stderr).toMatch(/^attune: no scores are shown: only 1 person answered/);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({
      respondents: { total: 1 },
      framework: { id: 'small-example' },
      withheld: { reason: 'too-few-people', individuals: 1 },
    });

    // After saving, the person can remove their answers from a shared computer.
    expect(await currentScreen(page)).toBe('saved');
    expect(await stored(page)).toHaveLength(1);
    await pressButton(page, 'clear');
    expect(await stored(page)).toEqual([]);
    await page.reload();
    expect(await currentScreen(page)).toBe('start');
    expect(await page.locator('#restored').isHidden()).toBe(true);
    expectQuiet(opened);
    await opened.context.close();
  });

  it('re-evaluates `when` live: a follow-up appears, and its answer is dropped when it no longer applies', async () => {
    const opened = await open(browser, smallForm);
    const { page } = opened;
    await chooseRadio(page, 'who', 'group');
    await chooseRadio(page, 'role', 'lived-experience');
    await pressButton(page, 'start');
    const quiet = page.locator('#q-safety-quiet-space');
    expect(await quiet.isHidden()).toBe(true);
    await chooseRadio(page, 'answer-safety-premises', '1');
    expect(await quiet.isVisible()).toBe(true);
    expect(await page.locator('#progress').textContent()).toBe(
      '1 of 4 questions answered. A follow-up question has been added.',
    );
    await chooseRadio(page, 'answer-safety-quiet-space', '2');
    await page.keyboard.press('Tab'); // to "Add a note", which opens the note box
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('A note that goes with the answer.');
    // Back to the question it depends on, with Shift+Tab, and change it.
    for (let i = 0; i < 40 && (await checkedValue(page, 'safety-premises')) === '1'; i++) {
      const onPremises = await page.evaluate(
        () => (document.activeElement as HTMLInputElement).name === 'answer-safety-premises',
      );
      await page.keyboard.press(onPremises ? 'ArrowUp' : 'Shift+Tab');
    }
    expect(await checkedValue(page, 'safety-premises')).toBe('0');
    expect(await quiet.isHidden()).toBe(true);
    expect(await page.locator('#progress').textContent()).toBe(
      '1 of 3 questions answered. One question no longer applies, and its answer has been removed.',
    );
    await chooseRadio(page, 'answer-safety-first-contact', 'skip');
    await pressButton(page, 'next');
    await pressButton(page, 'next');
    const review = await page.evaluate(() =>
      [...document.querySelectorAll('#review-list .review-item')].map((item) =>
        [...item.querySelectorAll('dt, dd')].map((d) => d.textContent).slice(0, 2),
      ),
    );
    expect(review).toEqual([
      ['People are told what will happen at their first appointment before it happens.', 'Skipped'],
      ['The service has premises that people visit.', 'No'],
      [
        "Decisions about people's support are explained to them in plain words.",
        'Not answered yet',
      ],
    ]);
    const saved = JSON.parse((await saveForm(page)).text) as Record<string, unknown>;
    expect(saved.respondent).toEqual({ role: 'lived-experience', workshop: true });
    expect(saved.skipped).toEqual(['safety-first-contact']);
    expect(saved.answers).toEqual({ 'safety-premises': { value: 0 } });
    expectQuiet(opened);
    await opened.context.close();
  });

  it('on a shared computer, answers someone else left can be cleared on opening', async () => {
    const opened = await open(browser, smallForm);
    const { page } = opened;
    await fillForm(page, { role: 'staff', answers: { 'safety-premises': 1 } });
    await page.reload();
    expect(await page.locator('#restored').isVisible()).toBe(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await pressButton(page, 'start-again');
    expect(await currentScreen(page)).toBe('start');
    expect(await page.locator('#restored').isHidden()).toBe(true);
    expect(await stored(page)).toEqual([]);
    expect(await page.locator('input[name="role"]:checked').count()).toBe(0);
    expect(await checkedValue(page, 'safety-premises')).toBeUndefined();
    expectQuiet(opened);
    await opened.context.close();
  });

  it('with --role, asks only that role’s questions and records the role', async () => {
    const form = await makeForm('leadership.html', ['--framework', SMALL, '--role', 'leadership']);
    const opened = await open(browser, form);
    const { page } = opened;
    expect(await page.locator('#role-group').isHidden()).toBe(true);
    expect(await page.locator('#role-fixed').textContent()).toBe(
      'You are answering as: Managers and board',
    );
    await fillForm(page, {
      answers: {
        'safety-first-contact': 4,
        'safety-premises': 0,
        'trust-explain-decisions': 2,
        'trust-board-reports': 1,
      },
    });
    const text = (await saveForm(page)).text;
    const file = join(dir, 'leadership.json');
    writeFileSync(file, text);
    const loaded = await loadAnswers(file, 'leadership.json', small);
    expect(loaded.findings).toEqual([]);
    expect(loaded.doc?.respondent).toEqual({ role: 'leadership' });
    expect(Object.keys(loaded.doc?.answers ?? {})).toEqual([
      'safety-first-contact',
      'safety-premises',
      'trust-explain-decisions',
      'trust-board-reports',
    ]);
    expectQuiet(opened);
    await opened.context.close();
  });

  it('shows framework text that looks like markup as text, and runs none of it', async () => {
    const form = await makeForm('hostile.html', ['--framework', HOSTILE]);
    // Once as a person opens it (CSP on), once with the CSP bypassed, so that an injection
    // would run rather than be blocked.
    for (const bypassCSP of [false, true]) {
      const opened = await open(browser, form, { bypassCSP });
      const { page } = opened;
      await chooseRadio(page, 'role', 'staff');
      await pressButton(page, 'start');
      await tabTo(page, '#q-safety-first summary');
      await page.keyboard.press('Enter'); // opens the help
      const found = await page.evaluate(() => ({
        pwned: (window as { __attunePwned?: unknown }).__attunePwned,
        elements: document.querySelectorAll('img, svg, iframe, b, i, a, main script, main style')
          .length,
        scripts: document.scripts.length,
        styles: document.styleSheets.length,
        title: document.getElementById('form-title')?.textContent,
        question: document.querySelector('#q-safety-first legend')?.textContent,
        help: document.querySelector('#q-safety-first details p')?.textContent,
        option: document.querySelector('label[for="q-safety-first-o0"]')?.textContent,
        role: document.querySelector('label[for="role-staff"]')?.textContent,
        summary: document.getElementById('domain-summary')?.textContent,
        heading: document.getElementById('questions-title')?.textContent,
      }));
      expect(found).toEqual({
        pwned: undefined,
        elements: 0,
        scripts: 2,
        styles: 1,
        title:
          "Title <img src=x onerror=\"window.__attunePwned='title'\"> </script><script>window.__attunePwned='script'</script>",
        question: 'First <img src=x onerror="window.__attunePwned=\'question\'"> question</script>',
        help: 'Help <img src=x onerror="window.__attunePwned=\'help\'">',
        option: 'Not <i>in</i> place',
        role: 'Staff <b onmouseover=alert(1)>bold</b>',
        summary: "<script>window.__attunePwned='summary'</script>",
        heading: 'Safety <iframe src="https://example.com"></iframe>',
      });
      expect(opened.requests).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      await opened.context.close();
    }
  });

  describe('passes axe-core (WCAG 2.2 AA) on every screen', () => {
    for (const [label, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['375 px wide (a phone)', { width: 375, height: 667 }],
      ['320 px wide (a phone, or 400% zoom)', { width: 320, height: 640 }],
    ] as const) {
      it(label, async () => {
        const opened = await open(browser, smallForm, { bypassCSP: true, viewport });
        const { page } = opened;
        const check = async (screen: string) => {
          expect(await currentScreen(page)).toBe(screen);
          expect(await axe(page), `axe on ${screen}`).toEqual([]);
          // Nothing wider than the screen: no sideways scrolling (WCAG 1.4.10 reflow).
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `sideways scroll on ${screen}`).toBe(0);
        };
        await check('start');
        await pressButton(page, 'start');
        expect(await page.locator('#role-error').isVisible()).toBe(true);
        await check('start'); // with the error shown
        await chooseRadio(page, 'role', 'staff');
        await pressButton(page, 'start');
        await chooseRadio(page, 'answer-safety-premises', '1');
        await tabTo(page, '#q-safety-first-contact summary');
        await page.keyboard.press('Enter');
        await check('questions');
        await pressButton(page, 'next');
        await pressButton(page, 'next');
        await check('review');
        await saveForm(page);
        await check('saved');
        await page.reload(); // with the welcome-back notice
        expect(await page.locator('#restored').isVisible()).toBe(true);
        await check('saved');
        expect(opened.errors).toEqual([]);
        await opened.context.close();
      });
    }
  });

  it('with --lang, marks each text with the language it is in (the bundled framework is in Welsh)', async () => {
    const form = await makeForm('cy.html', ['--lang', 'cy']);
    const opened = await open(browser, form, { bypassCSP: true });
    const { page } = opened;
    await chooseRadio(page, 'role', 'staff');
    await pressButton(page, 'start');
    const first = page.locator('.domain:not([hidden]) .question:not([hidden])').first();
    expect(await first.locator('legend').getAttribute('lang')).toBe('cy');
    expect(await first.locator('legend').textContent()).toContain(
      "Mae'r staffio'n cael ei gynllunio",
    );
    expect(await first.locator('.choice label').first().getAttribute('lang')).toBe('cy');
    expect(await first.locator('.choice label').first().textContent()).toBe('Heb ei sefydlu');
    expect(await axe(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('fits each question of the bundled framework in about one phone screen at 375 px', async () => {
    const form = await makeForm('phone.html', []);
    const opened = await open(browser, form, { viewport: { width: 375, height: 667 } });
    const { page } = opened;
    await chooseRadio(page, 'role', 'staff');
    await pressButton(page, 'start');
    const heights: { id: string; idle: number; chosen: number }[] = [];
    while ((await currentScreen(page)) === 'questions') {
      const ids = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.domain:not([hidden]) .question:not([hidden])',
          ),
        ].map((q) => q.dataset.question ?? ''),
      );
      for (const id of ids) {
        const height = () =>
          page.evaluate((q) => document.getElementById(`q-${q}`)?.offsetHeight ?? 0, id);
        const idle = await height();
        // Chosen: the option's description shows under it.
        await page.locator(`#q-${id} .choices:not(.choices-other) input`).last().check();
        heights.push({ id, idle, chosen: await height() });
      }
      await pressButton(page, 'next');
    }
    expect(heights.length).toBeGreaterThan(40);
    // One screen of a small phone (375 x 667) less the browser's bars: about 560 px.
    const tallest = Math.max(...heights.map((h) => h.chosen));
    console.info(
      `form at 375 px: ${heights.length} questions, tallest ${tallest} px, mean ${Math.round(
        heights.reduce((n, h) => n + h.chosen, 0) / heights.length,
      )} px with an answer chosen`,
    );
    expect(heights.filter((h) => h.chosen > 560)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('for people who use the service: their own introduction, time, support and closing, no evidence', async () => {
    const form = await makeForm('lived.html', ['--role', 'lived-experience']);
    const opened = await open(browser, form, {
      bypassCSP: true,
      viewport: { width: 375, height: 667 },
    });
    const { page } = opened;
    const tio = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
    const role = tio.respondents.find((r) => r.id === 'lived-experience');
    const text = (t: unknown) => pickText(t as Text, undefined, tio.language).replace(/\s+/g, ' ');
    /** Paragraphs are elements of their own: compared without the spaces between them. */
    const bare = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, '');
    expect(await page.locator('#kicker').isHidden()).toBe(true);
    expect(await page.locator('#summary').isHidden()).toBe(true);
    expect(bare(await page.locator('#intro').textContent())).toBe(bare(text(role?.intro)));
    expect(await page.locator('#time').textContent()).toMatch(
      /^There are \d+ questions for you\. It takes about \d+ minutes\.$/,
    );
    expect(await page.locator('#support-start').textContent()).toBe(
      `If a question brings something up: ${text(tio.support)}`,
    );
    expect(await axe(page)).toEqual([]);
    await pressButton(page, 'start');
    // Help says what a question means; nothing about what a team could point to.
    expect(await page.locator('.evidence').count()).toBe(0);
    expect(await page.locator('text=Things you could point to').count()).toBe(0);
    while ((await currentScreen(page)) === 'questions') await pressButton(page, 'next');
    await saveForm(page);
    expect(bare(await page.locator('#closing').textContent())).toBe(bare(text(role?.closing)));
    expect(await axe(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('for people who use the service, chosen on the page: their words, their introduction, no evidence', async () => {
    const form = await makeForm('any-role.html', []);
    const opened = await open(browser, form, { viewport: { width: 375, height: 667 } });
    const { page } = opened;
    const premises = page.locator('#q-safety-environment-premises legend');
    expect(await page.locator('#kicker').isVisible()).toBe(true);
    await chooseRadio(page, 'role', 'lived-experience');
    expect(await page.locator('#kicker').isHidden()).toBe(true);
    expect(await page.locator('#summary').isHidden()).toBe(true);
    expect(await page.locator('#intro').textContent()).toMatch(/^Thank you for taking part\./);
    await pressButton(page, 'start');
    expect(await premises.textContent()).toBe(
      'You go to, or live in, a building run by the service.',
    );
    expect(await page.locator('.evidence').first().isHidden()).toBe(true);
    // Back to the start, as a member of staff: the organisation's words again.
    await pressButton(page, 'back');
    await chooseRadio(page, 'role', 'staff');
    expect(await page.locator('#kicker').isVisible()).toBe(true);
    await pressButton(page, 'start');
    expect(await premises.textContent()).toMatch(/^The service has premises/);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('offers the share sheet where the browser can share files, and downloads where not', async () => {
    const opened = await open(browser, smallForm);
    const { page } = opened;
    await page.addInitScript(() => {
      const shared: { name: string; type: string; text: Promise<string> }[] = [];
      Object.assign(window, { __shared: shared });
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) => (data.files?.length ?? 0) > 0,
        share: (data: { files: File[] }) => {
          for (const f of data.files) shared.push({ name: f.name, type: f.type, text: f.text() });
          return Promise.resolve();
        },
      });
    });
    await page.reload();
    await fillForm(page, { role: 'staff', answers: { 'safety-premises': 1 } });
    await pressButton(page, 'save');
    await page.locator('#screen-saved:not([hidden])').waitFor();
    const shared = await page.evaluate(async () => {
      const list = (
        window as unknown as { __shared: { name: string; type: string; text: Promise<string> }[] }
      ).__shared;
      return Promise.all(list.map(async (f) => ({ ...f, text: await f.text })));
    });
    expect(shared).toHaveLength(1);
    expect(shared[0]?.name).toMatch(/^small-example-staff-\d{4}-\d{2}-\d{2}-[a-z2-9]{4}\.json$/);
    expect(JSON.parse(shared[0]?.text ?? '{}')).toMatchObject({
      answers: { 'safety-premises': { value: 1 } },
    });
    expect(await page.locator('#saved-file').textContent()).toBe(
      `Your answers are in the file “${shared[0]?.name ?? ''}”, which you chose to share.`,
    );
    // Saving again gives a new name: no two files from one phone are alike.
    await pressButton(page, 'save-again');
    await page.waitForFunction(
      () => (window as unknown as { __shared: unknown[] }).__shared.length === 2,
    );
    const names = await page.evaluate(() =>
      (window as unknown as { __shared: { name: string }[] }).__shared.map((f) => f.name),
    );
    expect(new Set(names).size).toBe(2);
    expectQuiet(opened);
    await opened.context.close();
  });

  it('speaks Welsh with --lang cy: buttons, hints, progress and the extra choices', async () => {
    const form = await makeForm('cy-ui.html', ['--lang', 'cy']);
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 667 },
      { width: 320, height: 640 },
    ]) {
      const opened = await open(browser, form, { bypassCSP: true, viewport });
      const { page } = opened;
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      expect(await page.locator('#start-heading').textContent()).toBe('Cyn i chi ddechrau');
      expect(await page.locator('#start').textContent()).toBe('Dechrau');
      expect(await axe(page)).toEqual([]);
      await chooseRadio(page, 'role', 'staff');
      await pressButton(page, 'start');
      expect(await page.locator('#step').textContent()).toMatch(/^Adran 1 o \d+$/);
      expect(await page.locator('#next').textContent()).toBe('Yr adran nesaf');
      const first = page.locator('.domain:not([hidden]) .question:not([hidden])').first();
      expect(await first.locator('.choices-other label').allTextContents()).toEqual([
        'Ddim yn berthnasol',
        'Ddim yn gwybod',
        'Hepgor y cwestiwn hwn',
      ]);
      await first.locator('input[value="2"]').check();
      expect(await page.locator('#progress').textContent()).toMatch(
        /^1 o \d+ cwestiwn wedi’u hateb\.$/,
      );
      expect(await axe(page)).toEqual([]);
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });

  it('answersThroughForm: a {question: value} map in, the saved answers file out', async () => {
    const text = await answersThroughForm(
      tempDir('attune-form-through-'),
      {
        role: 'lived-experience',
        workshop: true,
        unit: 'Northside',
        answers: { 'safety-premises': 1, 'safety-quiet-space': 4, 'safety-first-contact': 'skip' },
        notes: { 'trust-explain-decisions': 'We were not sure.' },
      },
      ['--framework', SMALL],
    );
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(doc.respondent).toEqual({ role: 'lived-experience', workshop: true });
    expect(doc.unit).toBe('Northside');
    expect(doc.skipped).toEqual(['safety-first-contact']);
    expect(doc.answers).toEqual({
      'safety-premises': { value: 1 },
      'safety-quiet-space': { value: 4 },
      'trust-explain-decisions': { note: 'We were not sure.' },
    });
  });

  it('says so, and still saves, where the browser keeps nothing', async () => {
    const opened = await open(browser, smallForm);
    const { page } = opened;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new Error('storage is turned off');
        },
      });
    });
    await page.reload();
    expect(await page.locator('#notice').textContent()).toMatch(/cannot keep your answers/);
    await fillForm(page, { role: 'staff', answers: { 'safety-premises': 0 } });
    const saved = JSON.parse((await saveForm(page)).text) as { answers: unknown };
    expect(saved.answers).toEqual({ 'safety-premises': { value: 0 } });
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });
});

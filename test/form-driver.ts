import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AnswerValue } from '../src/core/schema/common.js';
import { launch, open } from './browser.js';
import { runCli } from './helpers.js';

/**
 * Drives the offline form (`attune form`) with the keyboard only, as a person without a mouse
 * would: Tab to reach a control, arrow keys and Space to choose in a radio group, Enter on a
 * button, typing in text fields. Reading the page (which question is shown, what is checked)
 * is not input, so it uses the DOM.
 */
export interface FormFill {
  /** Ignored where the form fixes the role (--role). */
  role?: string;
  workshop?: boolean;
  unit?: string;
  /** The value for each question, or 'skip'. Every one must be shown, or the fill fails. */
  answers: Record<string, AnswerValue | 'skip'>;
  notes?: Record<string, string>;
}

const MAX_TABS = 400;

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    const there = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the Tab key never reached ${selector}`);
}

/** Tabs into a radio group and moves with the arrow keys to `value`, then presses Space. */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  const count = await page.locator(`input[type="radio"][name="${name}"]`).count();
  for (let i = 0; i <= count; i++) {
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (focused === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio group ${name} has no option ${value}`);
}

export async function pressButton(page: Page, id: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Which screen the form shows: start, questions, review or saved. */
export const currentScreen = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('section[id^="screen-"]')]
        .find((s) => !(s as HTMLElement).hidden)
        ?.id.slice('screen-'.length) ?? 'none',
  );

/** The questions shown on the current section, in page order. */
const shownQuestions = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>('.domain:not([hidden]) .question:not([hidden])'),
    ].map((q) => q.dataset.question ?? ''),
  );

/**
 * Fills the form from wherever it is (the start, or a section after a reload) up to the review.
 * `afterSection` runs after each section's Next, with the section's number from 1 (a test can
 * reload the page there).
 */
export async function fillForm(
  page: Page,
  fill: FormFill,
  afterSection?: (section: number) => Promise<void>,
): Promise<void> {
  const done = new Set<string>();
  if ((await currentScreen(page)) === 'start') {
    await chooseRadio(page, 'who', fill.workshop ? 'group' : 'one');
    if (fill.role !== undefined && (await page.locator('#role-group:not([hidden])').count()) > 0) {
      await chooseRadio(page, 'role', fill.role);
    }
    if (fill.unit !== undefined) await typeInto(page, '#unit', fill.unit);
    await pressButton(page, 'start');
  }
  let section = 0;
  while ((await currentScreen(page)) === 'questions') {
    // Answers can show or hide later questions, so look again after each one.
    for (;;) {
      const next = (await shownQuestions(page)).find((id) => !done.has(id));
      if (next === undefined) break;
      done.add(next);
      const value = fill.answers[next];
      if (value !== undefined) await chooseRadio(page, `answer-${next}`, String(value));
      const note = fill.notes?.[next];
      if (note !== undefined) {
        // The note box opens on demand, from "Add a note", as a person would open it.
        if (!(await page.locator(`#q-${next}-note`).isVisible())) {
          await tabTo(page, `#q-${next} details.note-field summary`);
          await page.keyboard.press('Enter');
        }
        await typeInto(page, `#q-${next}-note`, note);
      }
    }
    await pressButton(page, 'next');
    section++;
    if (afterSection) await afterSection(section);
  }
  const missed = Object.keys({ ...fill.answers, ...fill.notes }).filter((id) => !done.has(id));
  if (missed.length > 0) throw new Error(`the form never showed: ${missed.join(', ')}`);
}

/** Presses Save on the review and returns the downloaded file's name and text. */
export async function saveForm(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await pressButton(page, 'save');
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/**
 * The whole round trip, for tests that compare the form with `assess`: writes the form for a
 * framework with the built CLI, fills it in Chromium with the keyboard, saves, and returns the
 * answers file's text (JSON).
 */
export async function answersThroughForm(
  dir: string,
  fill: FormFill,
  formArgs: readonly string[] = [],
): Promise<string> {
  const html = join(dir, 'form.html');
  const made = await runCli(['form', ...formArgs, '--out', html]);
  if (made.code !== 0) throw new Error(`attune form failed: ${made.stderr}`);
  const browser = await launch();
  try {
    const { page } = await open(browser, html);
    await fillForm(page, fill);
    return (await saveForm(page)).text;
  } finally {
    await browser.close();
  }
}

import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isUpKey,
  useKeypress,
  usePagination,
  useState,
  type KeypressEvent,
} from '@inquirer/core';
import type { Paint } from '../../render/paint.js';
import { hang, wrap } from '../../render/wrap.js';
import { highlighted, initialPick, pressKey, type PickKey, type PickState } from './choice-keys.js';
import { pickStatus } from './wording.js';

/**
 * A list of numbered choices in the terminal, built on @inquirer/core as Inquirer's own
 * `select` is, but with the key rules of choice-keys.ts, so that only what a person chose is
 * recorded. Everything it draws is wrapped at spaces to `width`, a wrapped choice hanging under
 * its label. Once a choice is made, the prompt leaves one line saying what happened.
 */

export interface ListChoice {
  label: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** Why it cannot be chosen now: it is still listed, so that the numbers stay put. */
  disabled?: string;
  /** The line left on screen once it is chosen: the answer, or what happens next. */
  done: string;
}

export interface ListHeading {
  heading: string;
}

export interface ListConfig {
  message: string;
  items: readonly (ListChoice | ListHeading)[];
  /** The choice highlighted at first (an index into the choices, headings not counted). */
  current?: number;
  width: number;
  /** How many lines of the list to show at once; longer lists scroll with the highlight. */
  pageSize: number;
  paint: Paint;
}

const POINTER = '❯';
const HIDE_CURSOR = '\x1b[?25l';

const isHeading = (item: ListChoice | ListHeading): item is ListHeading => 'heading' in item;

export const choicePrompt = createPrompt<number, ListConfig>((config, done) => {
  const { items, width, paint } = config;
  const choices = items.filter((item): item is ListChoice => !isHeading(item));
  const [state, setState] = useState<PickState>(() => initialPick(config.current));

  useKeypress((key, rl) => {
    rl.clearLine(0);
    const pick = keyOf(key);
    if (pick === undefined || state.chosen !== undefined) return;
    const next = pressKey(state, pick, choices);
    setState(next);
    if (next.chosen !== undefined) done(next.chosen);
  });

  if (state.chosen !== undefined) {
    return wrap(choices[state.chosen]?.done ?? '', width);
  }

  const lit = highlighted(state, choices);
  const itemIndex = (choice: number) => items.indexOf(choices[choice] as ListChoice);
  let number = 0;
  const numbers = items.map((item) => (isHeading(item) ? 0 : ++number));
  const list = usePagination({
    items,
    active: lit === undefined ? 0 : itemIndex(lit),
    pageSize: config.pageSize,
    loop: false,
    renderItem: ({ item, index }) => {
      if (isHeading(item)) return wrap(` ${item.heading}`, width);
      const n = numbers[index] ?? 0;
      const on = lit !== undefined && itemIndex(lit) === index;
      const label = item.disabled === undefined ? item.label : `${item.label} (${item.disabled})`;
      const text = hang(`${on ? POINTER : ' '} ${n}. `, label, width);
      return on ? paintLines(text, paint.bold) : item.disabled ? paintLines(text, paint.dim) : text;
    },
  });
  const description = lit === undefined ? undefined : choices[lit]?.description;
  const status = pickStatus(state, choices, lit === undefined ? undefined : choices[lit]?.label);
  return [
    paintLines(hang('? ', config.message, width), paint.bold),
    list,
    '',
    ...(description === undefined ? [] : [wrap(description, width)]),
    state.problem ? paintLines(wrap(status, width), paint.warning) : wrap(status, width),
  ]
    .join('\n')
    .concat(HIDE_CURSOR);
});

/** Colour per line, so that the terminal never carries it over a line end it did not draw. */
const paintLines = (text: string, paint: (s: string) => string) =>
  text
    .split('\n')
    .map((line) => paint(line))
    .join('\n');

function keyOf(key: KeypressEvent & { meta?: boolean; sequence?: string }): PickKey | undefined {
  if (isEnterKey(key)) return { type: 'enter' };
  if (isUpKey(key)) return { type: 'up' };
  if (isDownKey(key)) return { type: 'down' };
  if (isBackspaceKey(key)) return { type: 'backspace' };
  if (/^\d$/.test(key.name)) return { type: 'digit', digit: key.name };
  // Ctrl-C and the like are the terminal's; a modifier alone is no key at all.
  if (key.ctrl || key.meta || key.sequence === undefined || key.sequence === '') return undefined;
  return { type: 'other' };
}

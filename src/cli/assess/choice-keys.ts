/**
 * What each key does in a list of numbered choices: the rules that make sure that only the
 * choice a person meant is ever recorded. Pure, so that every case is tested without a
 * terminal; choice-prompt.ts draws the state and passes the keys in.
 *
 * - Digits build a number, shown on screen until Enter; there is no time window, so a slow
 *   second digit is still the second digit of the same number.
 * - Enter chooses the number typed, or else the highlighted choice. A number that is not a
 *   choice, or a choice that cannot be chosen now, records nothing, and says why.
 * - Nothing is highlighted at first unless a choice is current (the answer given before), so
 *   Enter on its own never records an answer the person did not pick.
 * - The arrow keys move the highlight over the choices that can be chosen.
 */

export interface PickState {
  /** The highlighted choice (an index into the choices), moved by the arrow keys. */
  cursor?: number;
  /** Digits typed since the last Enter or arrow key. */
  typed: string;
  /** Why the last key did nothing, to say on screen. */
  problem?: Problem;
  /** The choice made, once Enter has chosen one. */
  chosen?: number;
}

export type Problem =
  | { type: 'nothing-chosen' }
  | { type: 'no-such'; typed: string }
  | { type: 'cannot'; number: number; why: string }
  | { type: 'not-a-choice-key' };

export type PickKey =
  { type: 'digit'; digit: string } | { type: 'enter' | 'up' | 'down' | 'backspace' | 'other' };

export interface Pickable {
  /** Why it cannot be chosen now; undefined where it can. */
  disabled?: string;
}

/** More digits than this are not a number anyone means; they stop being added. */
const MAX_DIGITS = 4;

export function initialPick(current: number | undefined): PickState {
  return current === undefined ? { typed: '' } : { cursor: current, typed: '' };
}

/** What the typed digits stand for: a choice, or why they are none. */
export function typedChoice(
  typed: string,
  choices: readonly Pickable[],
): { index: number } | { problem: Problem } {
  const n = Number.parseInt(typed, 10);
  const choice = /^[1-9]\d*$/.test(typed) ? choices[n - 1] : undefined;
  if (!choice) return { problem: { type: 'no-such', typed } };
  if (choice.disabled !== undefined)
    return { problem: { type: 'cannot', number: n, why: choice.disabled } };
  return { index: n - 1 };
}

/** The choice shown highlighted: the one typed, if it is one; else the cursor's. */
export function highlighted(state: PickState, choices: readonly Pickable[]): number | undefined {
  if (state.typed === '') return state.cursor;
  const found = typedChoice(state.typed, choices);
  return 'index' in found ? found.index : undefined;
}

export function pressKey(state: PickState, key: PickKey, choices: readonly Pickable[]): PickState {
  const { problem: _said, ...rest } = state;
  switch (key.type) {
    case 'digit': {
      const typed = (state.typed + key.digit).slice(0, MAX_DIGITS);
      return { ...rest, typed };
    }
    case 'backspace':
      return { ...rest, typed: state.typed.slice(0, -1) };
    case 'up':
    case 'down': {
      const from = highlighted(state, choices);
      const cursor = step(choices, from, key.type === 'up' ? -1 : 1);
      return cursor === undefined ? { ...rest, typed: '' } : { ...rest, typed: '', cursor };
    }
    case 'enter': {
      if (state.typed !== '') {
        const found = typedChoice(state.typed, choices);
        // Nothing stays highlighted: a second Enter must not choose what the first did not.
        if ('problem' in found) return { typed: '', problem: found.problem };
        return { ...rest, typed: '', cursor: found.index, chosen: found.index };
      }
      if (state.cursor === undefined) return { ...rest, problem: { type: 'nothing-chosen' } };
      return { ...rest, chosen: state.cursor };
    }
    case 'other':
      return { ...rest, problem: { type: 'not-a-choice-key' } };
  }
}

/**
 * The next choice that can be chosen from `from` in direction `by`; from nowhere, down starts
 * at the first and up at the last. The list does not loop: at either end the cursor stays.
 */
function step(
  choices: readonly Pickable[],
  from: number | undefined,
  by: 1 | -1,
): number | undefined {
  const selectable = (i: number) => choices[i] !== undefined && choices[i].disabled === undefined;
  if (from === undefined) {
    const order = choices.map((_, i) => i);
    return (by === 1 ? order : order.reverse()).find(selectable);
  }
  for (let i = from + by; i >= 0 && i < choices.length; i += by) if (selectable(i)) return i;
  return selectable(from) ? from : undefined;
}

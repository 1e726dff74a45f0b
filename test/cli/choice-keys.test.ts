import { describe, expect, it } from 'vitest';
import {
  highlighted,
  initialPick,
  pressKey,
  type PickKey,
  type PickState,
  type Pickable,
} from '../../src/cli/assess/choice-keys.js';
import { pickStatus } from '../../src/cli/assess/wording.js';

/** Twelve choices, as at a question: seven answers, then help, note, skip, back, pause. */
const TWELVE: Pickable[] = Array.from({ length: 12 }, (_, i) =>
  i === 10 ? { disabled: 'this is the first question' } : {},
);

/** Keys as typed: digits, E (Enter), U and D (arrows), B (Backspace), x (any other key). */
function type(keys: string, choices = TWELVE, start: PickState = initialPick(undefined)) {
  let state = start;
  for (const c of keys) {
    const named: Record<string, PickKey['type']> = {
      E: 'enter',
      U: 'up',
      D: 'down',
      B: 'backspace',
    };
    const key: PickKey = /\d/.test(c)
      ? { type: 'digit', digit: c }
      : ({ type: named[c] ?? 'other' } as PickKey);
    state = pressKey(state, key, choices);
    if (state.chosen !== undefined) break;
  }
  return state;
}

describe('choosing by number: only what was chosen is recorded', () => {
  it.each([
    ['a single digit, then Enter', '4E', 3],
    ['two digits, however long between them, then Enter', '10E', 9],
    ['a wrong digit taken back with Backspace', '15B2E', 11],
    ['the arrow keys, from nothing highlighted', 'DDE', 1],
    ['the arrow key up, from nothing, to the last', 'UE', 11],
    ['arrows skip a choice that cannot be chosen', 'UUE', 9],
    ['an arrow after a typed number moves on from it', '3DE', 3],
  ])('%s', (_name, keys, chosen) => {
    expect(type(keys).chosen).toBe(chosen);
  });

  it('keeps a typed number on screen, and what it stands for, until Enter', () => {
    const one = type('1');
    expect(one).toMatchObject({ typed: '1' });
    expect(one.chosen).toBeUndefined();
    expect(highlighted(one, TWELVE)).toBe(0);
    expect(pickStatus(one, TWELVE, 'Not in place')).toBe(
      'You typed 1: Not in place. Press Enter to choose it.',
    );
    // The second digit makes one number with the first, whenever it comes.
    const ten = type('0', TWELVE, one);
    expect(highlighted(ten, TWELVE)).toBe(9);
    expect(pickStatus(ten, TWELVE, 'Skip this question')).toBe(
      'You typed 10: Skip this question. Press Enter to choose it.',
    );
  });

  it('records nothing for Enter with nothing typed or highlighted, and says so', () => {
    const state = type('E');
    expect(state.chosen).toBeUndefined();
    expect(pickStatus(state, TWELVE, undefined)).toBe(
      'Nothing is chosen yet. Type a number or use the arrow keys, then press Enter.',
    );
    // Nor for a second Enter.
    expect(type('EE').chosen).toBeUndefined();
  });

  it('records nothing for a number that is not a choice, says why, and highlights nothing', () => {
    const typing = type('15');
    expect(highlighted(typing, TWELVE)).toBeUndefined();
    expect(pickStatus(typing, TWELVE, undefined)).toBe(
      'You typed 15, but there is no choice 15. The choices are numbered 1 to 12; press Backspace to change it.',
    );
    const entered = type('15E');
    expect(entered.chosen).toBeUndefined();
    expect(entered.typed).toBe('');
    expect(pickStatus(entered, TWELVE, undefined)).toBe(
      'Nothing was chosen: there is no choice 15. The choices are numbered 1 to 12.',
    );
    for (const keys of ['0E', '00E', '99999E', '13E']) expect(type(keys).chosen).toBeUndefined();
  });

  it('records nothing for a choice that cannot be chosen now, and says why', () => {
    const typing = type('11');
    expect(pickStatus(typing, TWELVE, undefined)).toBe(
      'You typed 11, but that cannot be chosen now (this is the first question). Press Backspace to change it.',
    );
    const entered = type('11E');
    expect(entered.chosen).toBeUndefined();
    expect(pickStatus(entered, TWELVE, undefined)).toBe(
      'Nothing was chosen: choice 11 cannot be chosen now (this is the first question).',
    );
  });

  it('does not fall back on what was highlighted before a wrong number', () => {
    // The answer given before is highlighted; a wrong number, Enter, then Enter again chooses nothing.
    const state = type('15EE', TWELVE, initialPick(3));
    expect(state.chosen).toBeUndefined();
    expect(state.problem).toEqual({ type: 'nothing-chosen' });
  });

  it('chooses the current answer with Enter alone, where there is one', () => {
    expect(type('E', TWELVE, initialPick(3)).chosen).toBe(3);
  });

  it('says which keys choose when another key is pressed, and records nothing', () => {
    const state = type('xE');
    expect(state.chosen).toBeUndefined();
    expect(pickStatus(type('x'), TWELVE, undefined)).toBe(
      'Only numbers and the arrow keys choose here. Type a number or use the arrow keys, then press Enter.',
    );
  });

  it('stops at either end of the list rather than going round', () => {
    expect(type('DDDDDDDDDDDDDDDDE').chosen).toBe(11);
    expect(type('DUUUUE').chosen).toBe(0);
  });

  it('keeps at most four digits', () => {
    expect(type('123456').typed).toBe('1234');
  });
});

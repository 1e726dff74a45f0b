import { isDeepStrictEqual } from 'node:util';
import {
  isSeparator,
  type Asker,
  type Choice,
  type ChoicePrompt,
  type PromptKind,
  type TextPrompt,
} from '../../src/cli/assess/asker.js';
import { Cancelled } from '../../src/core/errors.js';

/** One step of a script: the prompt it expects, and what the person does there. */
export type Step =
  | { kind: PromptKind; pick: unknown }
  | { kind: TextPrompt['kind']; type: string }
  | { cancel: true };

export const CANCEL: Step = { cancel: true };

export interface Asked {
  kind: string;
  message: string;
  choices: { label: string; disabled?: string; current?: boolean }[];
}

/**
 * An Asker that follows a script, for the walk-through's unit tests. It fails loudly where the
 * walk-through asks something other than the script expects, or where the choice scripted is
 * not offered or cannot be chosen, so a test can only pass by the walk-through doing its part.
 */
export class ScriptedAsker implements Asker {
  /** Everything said and asked, in order. */
  readonly said: string[] = [];
  readonly asked: Asked[] = [];
  private readonly steps: Step[];

  constructor(steps: readonly Step[]) {
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  say(text: string): void {
    this.said.push(text);
  }

  choose<T>(prompt: ChoicePrompt<T>): Promise<T> {
    const choices = prompt.choices.filter((c): c is Choice<T> => !isSeparator(c));
    this.asked.push({
      kind: prompt.kind,
      message: prompt.message,
      choices: choices.map((c) => ({
        label: c.label,
        ...(c.disabled !== undefined && { disabled: c.disabled }),
        ...(c.current && { current: true }),
      })),
    });
    const step = this.next(prompt.kind, prompt.message);
    if (!('pick' in step)) throw new Error(`the script types text at a choice: ${prompt.message}`);
    const choice = choices.find((c) => isDeepStrictEqual(c.value, step.pick));
    if (!choice) {
      throw new Error(
        `${JSON.stringify(step.pick)} is not offered at "${prompt.message}"; offered: ${choices.map((c) => JSON.stringify(c.value)).join(', ')}`,
      );
    }
    if (choice.disabled !== undefined)
      throw new Error(`"${choice.label}" cannot be chosen now: ${choice.disabled}`);
    return Promise.resolve(choice.value);
  }

  text(prompt: TextPrompt): Promise<string> {
    this.asked.push({ kind: prompt.kind, message: prompt.message, choices: [] });
    for (;;) {
      const step = this.next(prompt.kind, prompt.message);
      if (!('type' in step))
        throw new Error(`the script chooses at a text prompt: ${prompt.message}`);
      // As a person would: a text the prompt turns down is followed by another try.
      const problem = prompt.check?.(step.type);
      if (problem === undefined) return Promise.resolve(step.type);
      this.said.push(`(turned down: ${problem})`);
    }
  }

  private next(kind: string, message: string): Exclude<Step, { cancel: true }> {
    const step = this.steps.shift();
    if (!step) throw new Error(`the script has ended, but the walk-through asks: ${message}`);
    if ('cancel' in step) throw new Cancelled('');
    if (step.kind !== kind)
      throw new Error(
        `the script expects a ${step.kind} prompt, but the walk-through asks (${kind}): ${message}`,
      );
    return step;
  }
}

/** Steps, by what the person does. */
export const role = (id: string | null): Step => ({ kind: 'role', pick: id });
export const workshop = (group: boolean): Step => ({ kind: 'workshop', pick: group });
export const unit = (text: string): Step => ({ kind: 'unit', type: text });
export const answer = (value: number | 'dont-know' | 'not-applicable'): Step => ({
  kind: 'question',
  pick: { type: 'answer', value },
});
export const act = (type: 'help' | 'note' | 'skip' | 'back' | 'pause'): Step => ({
  kind: 'question',
  pick: { type },
});
/** Back to the question from its help (Enter, as the choice is current). */
export const helpBack = (): Step => ({ kind: 'help', pick: null });
export const begin = (start = true): Step => ({ kind: 'begin', pick: start });
export const typeNote = (text: string): Step => ({ kind: 'note', type: text });
export const noteAction = (what: 'edit' | 'remove' | 'keep'): Step => ({
  kind: 'note',
  pick: what,
});
export const review = (
  what: { type: 'finish' } | { type: 'open' } | { type: 'pause' } | { type: 'domain'; id: string },
): Step => ({ kind: 'review', pick: what });
export const pickQuestion = (id: string | null): Step => ({ kind: 'domain', pick: id });

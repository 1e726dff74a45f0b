/**
 * What the walk-through needs from whoever answers: to be told things, to choose, and to type.
 * The real Asker draws prompts in a terminal (inquirer-asker.ts); a scripted one drives the
 * tests. The loop (walk.ts) decides everything; an Asker only shows and asks.
 *
 * An Asker throws `Cancelled` when the person stops (Ctrl-C).
 */
export interface Asker {
  /** Prints text for the person to read: paragraphs separated by blank lines. */
  say(text: string): void;
  choose<T>(prompt: ChoicePrompt<T>): Promise<T>;
  text(prompt: TextPrompt): Promise<string>;
}

export type PromptKind =
  | 'role'
  | 'workshop'
  | 'begin'
  | 'question'
  | 'help'
  | 'note'
  | 'review'
  | 'domain'
  | 'resume'
  | 'lock';

export interface Choice<T> {
  value: T;
  label: string;
  /** Shown while the choice is highlighted. */
  description?: string;
  /**
   * The line left on screen once it is chosen: the answer given ("Your answer: Embedded."), or
   * what happens now ("Question skipped."), never an action dressed as an answer. By default,
   * the prompt's message and the label.
   */
  done?: string;
  /** Why it cannot be chosen now. It is still listed, so that the numbers stay put. */
  disabled?: string;
  /**
   * Highlighted at first (the answer given before, say), so that Enter alone chooses it.
   * Where no choice is current, Enter alone chooses nothing.
   */
  current?: boolean;
}

/** A heading between groups of choices (answers, then other things to do). */
export interface Separator {
  separator: string;
}

export interface ChoicePrompt<T> {
  kind: PromptKind;
  message: string;
  choices: (Choice<T> | Separator)[];
}

export interface TextPrompt {
  kind: 'unit' | 'note';
  message: string;
  /** The text to start from, for editing. */
  initial?: string;
  /** A problem with the text, to say before asking again; undefined where it is fine. */
  check?: (text: string) => string | undefined;
}

export const isSeparator = <T>(item: Choice<T> | Separator): item is Separator =>
  'separator' in item;

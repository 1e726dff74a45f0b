import { input } from '@inquirer/prompts';
import { Cancelled } from '../../core/errors.js';
import type { Paint } from '../../render/paint.js';
import { columns, hang, wrap } from '../../render/wrap.js';
import { isSeparator, type Asker, type ChoicePrompt, type TextPrompt } from './asker.js';
import { choicePrompt, type ListChoice, type ListHeading } from './choice-prompt.js';

export interface TerminalStreams {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** Text is wrapped to the terminal, but never wider than this: long lines are hard to read. */
export const READING_WIDTH = 80;

/** The width to wrap to on this terminal. */
export const readingWidth = (output: NodeJS.WriteStream): number =>
  Math.min(output.columns || READING_WIDTH, READING_WIDTH);

/** Lines a list of choices leaves for the prompt's message, description and the key hint. */
const AROUND_LIST = 8;

/**
 * The Asker for people at a terminal, on Inquirer.js: numbered choices with the key rules of
 * choice-keys.ts (choice-prompt.ts), and Inquirer's `input` for text. Everything is wrapped to
 * the terminal's width, at most READING_WIDTH. Nothing animates: the spinner has a single still
 * frame. Colour only repeats what the words and the pointer already say.
 */
export function inquirerAsker(streams: TerminalStreams, paint: Paint, signal?: AbortSignal): Asker {
  const width = () => readingWidth(streams.output);
  const context = { input: streams.input, output: streams.output, ...(signal && { signal }) };

  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    if (signal?.aborted) throw new Cancelled('');
    try {
      return await ask();
    } catch (error) {
      // Ctrl-C (ExitPromptError) or our own abort on SIGINT (AbortPromptError).
      const name = (error as Error | undefined)?.name;
      if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new Cancelled('');
      throw error;
    }
  };

  return {
    say(text) {
      streams.output.write(`\n${wrap(text, width())}\n`);
    },

    choose<T>(prompt: ChoicePrompt<T>): Promise<T> {
      const values: T[] = [];
      let current: number | undefined;
      const items = prompt.choices.map((item): ListChoice | ListHeading => {
        if (isSeparator(item)) return { heading: item.separator };
        if (item.current) current = values.length;
        values.push(item.value);
        return {
          label: item.label,
          done: item.done ?? `${prompt.message} ${item.label}`,
          ...(item.description !== undefined && { description: item.description }),
          ...(item.disabled !== undefined && { disabled: item.disabled }),
        };
      });
      const rows = streams.output.rows || 24;
      return guard(async () => {
        const index = await choicePrompt(
          {
            message: prompt.message,
            items,
            ...(current !== undefined && { current }),
            width: width(),
            pageSize: Math.max(5, rows - AROUND_LIST),
            paint,
          },
          context,
        );
        return values[index] as T;
      });
    },

    text(prompt: TextPrompt): Promise<string> {
      const lead = columns(`✔ ${prompt.message} `);
      const theme = {
        prefix: { idle: '?', done: paint.ok('✔') },
        spinner: { interval: 1000, frames: ['…'] },
        style: {
          answer: (text: string) => text,
          message: (text: string) => paint.bold(text),
          error: (text: string) => paint.error(wrap(text, width())),
          defaultAnswer: (text: string) => `(${text})`,
        },
      };
      return guard(() =>
        input(
          {
            message: prompt.message,
            ...(prompt.initial !== undefined && {
              default: prompt.initial,
              prefill: 'editable' as const,
            }),
            // Once given, the text is wrapped under itself like everything else.
            transformer: (value: string, { isFinal }: { isFinal: boolean }) =>
              isFinal ? paint.bold(hang('', value, width(), ' '.repeat(lead))) : value,
            validate: (value: string) => prompt.check?.(value) ?? true,
            theme,
          },
          context,
        ),
      );
    },
  };
}

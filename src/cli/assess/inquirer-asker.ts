import { input, select, Separator as InquirerSeparator } from '@inquirer/prompts';
import { Cancelled } from '../../core/errors.js';
import type { Paint } from '../../render/paint.js';
import { wrap } from '../../render/wrap.js';
import { isSeparator, type Asker, type ChoicePrompt, type TextPrompt } from './asker.js';
import { WORDS } from './wording.js';

export interface TerminalStreams {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** Text is wrapped to the terminal, but never wider than this: long lines are hard to read. */
const READING_WIDTH = 80;

/**
 * The Asker for people at a terminal, on Inquirer.js. Choices are numbered: in Inquirer's
 * `select` (4.x, in @inquirer/prompts 7) a number key moves the cursor to that choice, counting
 * past headings, and Enter confirms; digits typed within 0.7 s of each other make one number,
 * so 1 then 0 reaches a tenth choice. Nothing animates: the spinner has a single still frame.
 * Colour only repeats what the words and the pointer already say.
 */
export function inquirerAsker(streams: TerminalStreams, paint: Paint, signal?: AbortSignal): Asker {
  const width = () => Math.min(streams.output.columns || READING_WIDTH, READING_WIDTH);
  const context = { input: streams.input, output: streams.output, ...(signal && { signal }) };
  const theme = {
    prefix: { idle: '?', done: paint.ok('✔') },
    spinner: { interval: 1000, frames: ['…'] },
    style: {
      answer: paint.bold,
      message: (text: string) => paint.bold(text),
      error: (text: string) => paint.error(`Please check: ${text}`),
      defaultAnswer: (text: string) => `(${text})`,
      help: (text: string) => text,
      highlight: paint.bold,
      key: (text: string) => `<${text}>`,
      description: (text: string) => text,
      disabled: (text: string) => `  ${text}`,
      keysHelpTip: () => WORDS.keysHint,
    },
    indexMode: 'number' as const,
  };

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
      let initial: number | undefined;
      const choices = prompt.choices.map((item) => {
        if (isSeparator(item)) return new InquirerSeparator(item.separator);
        if (item.current) initial = values.length;
        values.push(item.value);
        return {
          value: values.length - 1,
          name: item.label,
          short: item.short ?? item.label,
          ...(item.description !== undefined && { description: item.description }),
          ...(item.disabled !== undefined && { disabled: item.disabled }),
        };
      });
      const rows = streams.output.rows || 24;
      return guard(async () => {
        const index = await select(
          {
            message: prompt.message,
            choices,
            ...(initial !== undefined && { default: initial }),
            loop: false,
            pageSize: Math.max(5, rows - 8),
            theme,
          },
          context,
        );
        return values[index] as T;
      });
    },

    text(prompt: TextPrompt): Promise<string> {
      return guard(() =>
        input(
          {
            message: prompt.message,
            ...(prompt.initial !== undefined && {
              default: prompt.initial,
              prefill: 'editable' as const,
            }),
            validate: (value: string) => prompt.check?.(value) ?? true,
            theme,
          },
          context,
        ),
      );
    },
  };
}

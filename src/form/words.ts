import {
  messagesFromCompiled,
  spokenDuration,
  type CompiledMessage,
  type Say,
} from '../core/messages.js';
import type { form } from '../messages/form.en.js';

/**
 * The form's own words in the language it was made for, parsed when the form was made (the
 * model's `messages`), set once by the page's script before anything is drawn.
 */
export let say: Say<typeof form> = messagesFromCompiled({});

export function speak(messages: Readonly<Record<string, CompiledMessage>>): void {
  say = messagesFromCompiled(messages);
}

/** "25 minutes", "1 hour", "1 hour 30 minutes", in the form's language. */
export const duration = (minutes: number): string => spokenDuration(minutes, say);

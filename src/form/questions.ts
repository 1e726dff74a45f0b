import {
  formQuestions,
  type FormModel,
  type FormQuestion,
  type Shown,
} from '../core/form-model.js';
import { choiceKey, choiceOf, type Choice, type FormState } from '../core/form-state.js';
import { h, local, setLocal } from './dom.js';
import { say } from './words.js';

/** The words for the answers every scale may offer, as the page shows them. */
export const otherLabel = (choice: 'not-applicable' | 'dont-know' | 'skip'): string =>
  say(choice === 'not-applicable' ? 'notApplicable' : choice === 'dont-know' ? 'dontKnow' : 'skip');

export const questionElementId = (id: string) => `q-${id}`;
export const answerName = (id: string) => `answer-${id}`;
export const noteId = (id: string) => `q-${id}-note`;

/** A choice as words, for the review. */
export function choiceLabel(model: FormModel, q: FormQuestion, choice: Choice): string {
  if (typeof choice === 'number') {
    const option = model.scales[q.scale]?.options.find((o) => o.value === choice);
    return option?.label.text ?? String(choice);
  }
  return choice === 'skip' ? say('skipped') : otherLabel(choice);
}

/**
 * One question: a fieldset of native radio buttons (the scale's options, then not applicable
 * and don't know where the scale allows them, then skip), help and evidence on demand, and a
 * note on demand. The question text is the legend, so a screen reader names the group by it.
 * To fit about one phone screen, an option's description shows only while it is focused or
 * chosen (form.css; a screen reader hears it with the option all the same), and the other
 * choices sit compactly on a line of their own.
 */
export function questionElement(model: FormModel, q: FormQuestion): HTMLElement {
  const base = questionElementId(q.id);
  const scale = model.scales[q.scale];
  const choices: HTMLElement[] = [];
  const others: HTMLElement[] = [];
  const choice = (key: string, index: string, label: Shown | string, description?: Shown) => {
    const inputId = `${base}-${index}`;
    const descriptionId = `${inputId}-description`;
    const input = h('input', {
      id: inputId,
      attrs: {
        type: 'radio',
        name: answerName(q.id),
        value: key,
        ...(description !== undefined && { 'aria-describedby': descriptionId }),
      },
    });
    const isOther = typeof label === 'string';
    (isOther ? others : choices).push(
      h(
        'div',
        { className: isOther ? 'choice choice-other' : 'choice' },
        input,
        typeof label === 'string'
          ? h('label', { attrs: { for: inputId } }, label)
          : local('label', { attrs: { for: inputId } }, label),
        description !== undefined &&
          local('p', { id: descriptionId, className: 'hint' }, description),
      ),
    );
  };
  scale?.options.forEach((o, i) => choice(String(o.value), `o${i}`, o.label, o.description));
  for (const other of scale?.allow ?? []) choice(other, `x-${other}`, otherLabel(other));
  choice(choiceKey('skip'), 'x-skip', otherLabel('skip'));

  const helpParts: HTMLElement[] = [];
  if (q.help !== undefined) helpParts.push(local('p', { className: 'help-text' }, q.help));
  if (q.evidence.length > 0) {
    helpParts.push(
      h(
        'div',
        { className: 'evidence' },
        h('p', {}, say('evidenceIntro')),
        h('ul', {}, ...q.evidence.map((e) => local('li', {}, e))),
      ),
    );
  }
  const scaleLabelId = `${base}-scale`;
  const fieldset = h(
    'fieldset',
    scale?.label !== undefined ? { attrs: { 'aria-describedby': scaleLabelId } } : {},
    local('legend', { className: 'question-text' }, q.text),
    scale?.label !== undefined && local('p', { id: scaleLabelId, className: 'hint' }, scale.label),
    helpParts.length > 0 &&
      h('details', { className: 'help' }, h('summary', {}, say('helpSummary')), ...helpParts),
    h('div', { className: 'choices' }, ...choices),
    h('div', { className: 'choices choices-other' }, ...others),
  );
  return h(
    'div',
    { id: base, className: 'question', attrs: { 'data-question': q.id } },
    fieldset,
    h(
      'details',
      { className: 'field note-field' },
      h('summary', {}, say('noteSummary')),
      h('label', { attrs: { for: noteId(q.id) } }, say('noteLabel')),
      h('textarea', { id: noteId(q.id), attrs: { rows: '3', maxlength: '10000' } }),
    ),
  );
}

/** The question's text as a role reads it: the role's own words, where it has them. */
export const textOf = (q: FormQuestion, role: string | undefined): Shown =>
  (role === undefined ? undefined : q.wording?.[role]?.text) ?? q.text;

/** Puts each question in the words of the role chosen (or back in its own). */
export function wordQuestions(root: ParentNode, model: FormModel, role: string | undefined): void {
  for (const q of formQuestions(model)) {
    if (q.wording === undefined) continue;
    const element = root.querySelector(`#${questionElementId(q.id)}`);
    const legend = element?.querySelector<HTMLElement>('legend');
    if (legend) setLocal(legend, textOf(q, role));
    const help = element?.querySelector<HTMLElement>('.help-text');
    const own = role === undefined ? undefined : q.wording[role]?.help;
    if (help) setLocal(help, own ?? q.help);
  }
}

/** Makes a question's radio buttons and note show what the state holds. */
export function syncQuestion(root: ParentNode, state: FormState, id: string): void {
  const key = ((c) => (c === undefined ? undefined : choiceKey(c)))(choiceOf(state, id));
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[name="${answerName(id)}"]`)) {
    input.checked = input.value === key;
  }
  const note = root.querySelector<HTMLTextAreaElement>(`#${noteId(id)}`);
  const text = state.answers[id]?.note ?? '';
  if (note && note.value !== text) note.value = text;
  // A note written before is shown open, so that it is seen.
  const details = note?.closest('details');
  if (details && text !== '') details.open = true;
}

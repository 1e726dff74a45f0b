import type { FormModel, FormQuestion, Shown } from '../core/form-model.js';
import { choiceKey, choiceOf, type Choice, type FormState } from '../core/form-state.js';
import { h, local } from './dom.js';

/** The words for the answers every scale may offer, as the page shows them. */
export const OTHER_LABELS: Record<'not-applicable' | 'dont-know' | 'skip', string> = {
  'not-applicable': 'Not applicable',
  'dont-know': 'Don’t know',
  skip: 'Skip this question',
};

export const questionElementId = (id: string) => `q-${id}`;
export const answerName = (id: string) => `answer-${id}`;
export const noteId = (id: string) => `q-${id}-note`;

/** A choice as words, for the review. */
export function choiceLabel(model: FormModel, q: FormQuestion, choice: Choice): string {
  if (typeof choice === 'number') {
    const option = model.scales[q.scale]?.options.find((o) => o.value === choice);
    return option?.label.text ?? String(choice);
  }
  return choice === 'skip' ? 'Skipped' : OTHER_LABELS[choice];
}

/**
 * One question: a fieldset of native radio buttons (the scale's options, then not applicable
 * and don't know where the scale allows them, then skip), help and evidence on demand, and a
 * note. The question text is the legend, so a screen reader names the group by it.
 */
export function questionElement(model: FormModel, q: FormQuestion): HTMLElement {
  const base = questionElementId(q.id);
  const scale = model.scales[q.scale];
  const choices: HTMLElement[] = [];
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
    choices.push(
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
  for (const other of scale?.allow ?? []) choice(other, `x-${other}`, OTHER_LABELS[other]);
  choice(choiceKey('skip'), 'x-skip', OTHER_LABELS.skip);

  const helpParts: HTMLElement[] = [];
  if (q.help !== undefined) helpParts.push(local('p', {}, q.help));
  if (q.evidence.length > 0) {
    helpParts.push(
      h('p', {}, 'Things you could point to:'),
      h('ul', {}, ...q.evidence.map((e) => local('li', {}, e))),
    );
  }
  const scaleLabelId = `${base}-scale`;
  const fieldset = h(
    'fieldset',
    scale?.label !== undefined ? { attrs: { 'aria-describedby': scaleLabelId } } : {},
    local('legend', { className: 'question-text' }, q.text),
    scale?.label !== undefined && local('p', { id: scaleLabelId, className: 'hint' }, scale.label),
    helpParts.length > 0 &&
      h(
        'details',
        { className: 'help' },
        h('summary', {}, 'Help with this question'),
        ...helpParts,
      ),
    h('div', { className: 'choices' }, ...choices),
  );
  return h(
    'div',
    { id: base, className: 'question', attrs: { 'data-question': q.id } },
    fieldset,
    h(
      'div',
      { className: 'field' },
      h('label', { attrs: { for: noteId(q.id) } }, 'Note (optional)'),
      h('textarea', { id: noteId(q.id), attrs: { rows: '3', maxlength: '10000' } }),
    ),
  );
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
}

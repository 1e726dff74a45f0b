import type { FormModel } from '../core/form-model.js';
import {
  activeDomains,
  choiceOf,
  progressOf,
  roleOf,
  visibleSet,
  type FormState,
} from '../core/form-state.js';
import { plural } from '../core/plural.js';
import { h, local } from './dom.js';
import { choiceLabel } from './questions.js';

/** One sentence on how far the respondent has got; with `open`, what is still unanswered. */
export function progressSentence(model: FormModel, state: FormState, open: boolean): string {
  const p = progressOf(model, state);
  const unanswered = p.total - p.answered - p.skipped;
  const parts = [`${p.answered} of ${plural(p.total, 'question', 'questions')} answered`];
  if (p.skipped > 0) parts.push(`${p.skipped} skipped`);
  if (open && unanswered > 0) parts.push(`${unanswered} not answered yet`);
  return `${parts.join(', ')}.`;
}

/** Who is answering, in words: how, as which role, about which service. */
export function whoElement(model: FormModel, state: FormState): HTMLElement {
  const role = roleOf(model, state);
  const label = model.roles.find((r) => r.id === role)?.label;
  const unit = state.unit.trim();
  return h(
    'span',
    {},
    state.workshop ? 'A group, together' : 'One person',
    label !== undefined && ', as ',
    label !== undefined && local('span', {}, label),
    unit !== '' && `, about ${unit}`,
    '.',
  );
}

/**
 * The review before saving: every question shown, section by section, with the answer (or
 * "Not answered yet" / "Skipped") and the note, and a button to change each.
 */
export function reviewElement(model: FormModel, state: FormState): HTMLElement {
  const visible = visibleSet(model, state);
  const sections = activeDomains(model, visible).map((d) =>
    h(
      'section',
      { className: 'review-section', attrs: { 'aria-labelledby': `review-${d.id}` } },
      local('h3', { id: `review-${d.id}` }, d.title),
      h(
        'dl',
        {},
        ...d.questions
          .filter((q) => visible.has(q.id))
          .map((q) => {
            const choice = choiceOf(state, q.id);
            const note = state.answers[q.id]?.note?.trim();
            return h(
              'div',
              { className: 'review-item' },
              local('dt', {}, q.text),
              h(
                'dd',
                { className: choice === undefined ? 'unanswered' : undefined },
                choice === undefined ? 'Not answered yet' : choiceLabel(model, q, choice),
              ),
              note !== undefined && note !== '' && h('dd', { className: 'note' }, `Note: ${note}`),
              h(
                'dd',
                {},
                h(
                  'button',
                  { className: 'link', attrs: { type: 'button', 'data-change': q.id } },
                  'Change',
                  h('span', { className: 'visually-hidden' }, ' your answer to: '),
                  local('span', { className: 'visually-hidden' }, q.text),
                ),
              ),
            );
          }),
      ),
    ),
  );
  return h('div', {}, ...sections);
}

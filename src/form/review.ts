import type { FormModel } from '../core/form-model.js';
import {
  activeDomains,
  choiceOf,
  progressOf,
  roleOf,
  visibleSet,
  type FormState,
} from '../core/form-state.js';
import { h, local } from './dom.js';
import { choiceLabel, textOf } from './questions.js';
import { say } from './words.js';

/** One sentence on how far the respondent has got; with `open`, what is still unanswered. */
export function progressSentence(model: FormModel, state: FormState, open: boolean): string {
  const p = progressOf(model, state);
  const unanswered = p.total - p.answered - p.skipped;
  return say('progress', {
    answered: p.answered,
    total: p.total,
    skipped: p.skipped,
    open: open ? unanswered : 0,
  });
}

/** Who is answering, in words: how, as which role, about which service. */
export function whoElement(model: FormModel, state: FormState): HTMLElement {
  const role = roleOf(model, state);
  const label = model.roles.find((r) => r.id === role)?.label;
  const unit = state.unit.trim();
  return h(
    'span',
    {},
    say(state.workshop ? 'whoTogether' : 'whoOnePerson'),
    label !== undefined && say('whoAs'),
    label !== undefined && local('span', {}, label),
    unit !== '' && say('whoAbout', { unit }),
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
              local('dt', {}, textOf(q, roleOf(model, state))),
              h(
                'dd',
                { className: choice === undefined ? 'unanswered' : undefined },
                choice === undefined ? say('notAnswered') : choiceLabel(model, q, choice),
              ),
              note !== undefined &&
                note !== '' &&
                h('dd', { className: 'note' }, say('note', { note })),
              h(
                'dd',
                {},
                h(
                  'button',
                  { className: 'link', attrs: { type: 'button', 'data-change': q.id } },
                  say('change'),
                  h('span', { className: 'visually-hidden' }, say('changeAnswerTo')),
                  local('span', { className: 'visually-hidden' }, textOf(q, roleOf(model, state))),
                ),
              ),
            );
          }),
      ),
    ),
  );
  return h('div', {}, ...sections);
}

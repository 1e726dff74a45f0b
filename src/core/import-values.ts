import type { Framework, Question, Role } from './framework.js';
import { oneLine } from './sanitize.js';
import type { AnswerValue, NonScored, Text } from './schema/common.js';

/**
 * Reading one spreadsheet cell as an answer: a scale value, or its label in any of the
 * framework's languages (ignoring case and spaces), or the usual words for "not applicable"
 * and "don't know".
 */
export type Cell = { ok: true; value: AnswerValue } | { ok: false; message: string };

/** Text compared ignoring case, spaces and the kind of apostrophe. */
export const labelKey = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, '');

/** Text compared ignoring case, spaces and all punctuation: headers, and the honest answers. */
export const looseKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const NON_SCORED_WORDS: Record<NonScored, readonly string[]> = {
  'not-applicable': ['na', 'notapplicable', 'doesnotapply', 'doesntapply', 'notrelevant'],
  'dont-know': ['dontknow', 'donotknow', 'idontknow', 'idonotknow', 'dk', 'unsure', 'notsure'],
};

const NON_SCORED_NAMES: Record<NonScored, string> = {
  'not-applicable': 'not applicable',
  'dont-know': "don't know",
};

/** Every language's version of a text. */
export const allTexts = (text: Text): string[] =>
  typeof text === 'string' ? [text] : Object.values(text);

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A cell's answer to a question; undefined where the cell is blank (not answered). */
export function parseCell(q: Question, raw: string, language: string): Cell | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const { scale } = q;
  if (NUMBER.test(text)) {
    const n = Number(text.replace(',', '.'));
    if (scale.options.some((o) => o.value === n)) return { ok: true, value: n };
  }
  const key = labelKey(text);
  const option = scale.options.find((o) => allTexts(o.label).some((l) => labelKey(l) === key));
  if (option) return { ok: true, value: option.value };
  const loose = looseKey(text);
  for (const kind of ['not-applicable', 'dont-know'] as const) {
    if (!NON_SCORED_WORDS[kind].includes(loose)) continue;
    if (scale.allow.includes(kind)) return { ok: true, value: kind };
    return {
      ok: false,
      message: `"${oneLine(text, 80)}" means ${NON_SCORED_NAMES[kind]}, which scale "${scale.id}" for ${q.id} does not allow (${allowed(q, language)})`,
    };
  }
  return {
    ok: false,
    message: `"${oneLine(text, 80)}" is not a value of scale "${scale.id}" for ${q.id} (${allowed(q, language)})`,
  };
}

/** What a question's cells may hold, for messages: "0, 1 or No, Yes; or don't know". */
function allowed(q: Question, language: string): string {
  const values = q.scale.options.map((o) => String(o.value)).join(', ');
  const labels = q.scale.options.map((o) => pick(o.label, language)).join(', ');
  const others = q.scale.allow.map((a) => NON_SCORED_NAMES[a]).join(', ');
  return `${values} or ${labels}${others === '' ? '' : `; or ${others}`}`;
}

const pick = (text: Text, language: string): string =>
  typeof text === 'string' ? text : (text[language] ?? Object.values(text)[0] ?? '');

export type RoleCell = { ok: true; role: string } | { ok: false; message: string };

/** A role cell: a role's id or its label in any language, ignoring case and spaces. */
export function parseRole(framework: Framework, raw: string): RoleCell | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const key = labelKey(text);
  const match = (r: Role) =>
    labelKey(r.id) === key || allTexts(r.label).some((l) => labelKey(l) === key);
  const role = framework.respondents.find(match);
  if (role) return { ok: true, role: role.id };
  const ids = framework.respondents.map((r) => r.id);
  return {
    ok: false,
    message:
      ids.length === 0
        ? `"${oneLine(text, 80)}" is a role, but ${framework.id} has no respondent roles; the row is kept without one`
        : `"${oneLine(text, 80)}" is not one of ${framework.id}'s roles (${ids.join(', ')}, or their labels); the row is kept without a role`,
  };
}

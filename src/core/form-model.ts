import { InputError } from './errors.js';
import { askedOf, pickText, wordingFor, type Framework, type Question } from './framework.js';
import { compiledMessages, interfaceLanguage, type CompiledMessage } from './messages.js';
import { estimatedMinutes } from './walk-plan.js';
import { formArea } from '../messages/form.js';
import type { NonScored, Text } from './schema/common.js';
import type { Condition } from './schema/framework.js';
import { emptyRecord } from './own.js';

/**
 * What the offline form knows of a framework: its texts in one language, its questions in order
 * with the rules that decide which are shown, and nothing else (no scoring, no actions). It is
 * embedded in the page as JSON, and the page puts every text in with textContent.
 */
export interface FormModel {
  format: 1;
  framework: { id: string; version: string; title: Shown; summary?: Shown };
  /** The language asked for with --lang (where the framework has it), recorded in the answers. */
  lang?: string;
  /** The language of the form's own words (its catalogue, see core/messages.ts): `en` or `cy`. */
  ui: string;
  /** The form's own words in that language (English where it has none yet), parsed. */
  messages: Record<string, CompiledMessage>;
  /** Said before the first question to a role without its own (`intro`), and after the last. */
  intro?: Shown;
  closing?: Shown;
  /** Where to get support if a question brings something up. */
  support?: Shown;
  /** Questions anyone may be asked, with no role, and how long they take (see walk-plan). */
  time: FormTime;
  /** Where the page keeps its progress in the browser. */
  storageKey: string;
  roles: FormRole[];
  /** The role every respondent of this form answers as (--role). */
  fixedRole?: string;
  scales: Record<string, FormScale>;
  domains: FormDomain[];
}

/**
 * A text as shown, with the language it is in: with --lang, a framework that is only partly
 * translated shows some texts in its own language, and a screen reader must know which.
 */
export interface Shown {
  text: string;
  lang: string;
}

export interface FormRole {
  id: string;
  label: Shown;
  description?: Shown;
  /** People who use the service: no organisational introduction, no evidence lists. */
  livedExperience?: boolean;
  intro?: Shown;
  closing?: Shown;
  time: FormTime;
}

/** How many questions there are to answer, and the minutes to set aside, alone or as a group. */
export interface FormTime {
  questions: number;
  alone: number;
  workshop: number;
}

export interface FormScale {
  id: string;
  label?: Shown;
  options: { value: number; label: Shown; description?: Shown }[];
  allow: NonScored[];
}

export interface FormQuestion {
  id: string;
  text: Shown;
  help?: Shown;
  evidence: Shown[];
  /** Roles' own words for the question (by role id), where the role is chosen on the page. */
  wording?: Record<string, FormWording>;
  scale: string;
  respondents?: string[];
  when?: Condition;
}

export interface FormWording {
  text?: Shown;
  help?: Shown;
}

export interface FormDomain {
  id: string;
  title: Shown;
  summary?: Shown;
  questions: FormQuestion[];
}

export interface FormOptions {
  lang?: string;
  role?: string;
}

/** The form's view of a framework. With a fixed role, only that role's questions are kept. */
export function formModel(framework: Framework, options: FormOptions = {}): FormModel {
  const { role } = options;
  // A language the framework has no text in is shown (and recorded) as its own language.
  const lang =
    options.lang !== undefined && hasLanguage(framework, options.lang) ? options.lang : undefined;
  const t = (value: Text): Shown => shown(value, lang, framework.language);
  if (role !== undefined) checkRole(framework, role);
  // Evidence is what a team could point to: not asked of people who use the service.
  const lived = framework.respondents.some((r) => r.id === role && r.livedExperience);
  const time = (of: string | undefined): FormTime => ({
    questions: framework.questions.filter((q) => askedOf(q, of)).length,
    alone: estimatedMinutes(framework, of, false),
    workshop: estimatedMinutes(framework, of, true),
  });
  /** Each role's own words for a question, for a form whose role is chosen on the page. */
  const roleWording = (wording: Question['wording']): Record<string, FormWording> => {
    const out = emptyRecord<FormWording>();
    for (const [id, w] of wording) {
      out[id] = {
        ...(w.text !== undefined && { text: t(w.text) }),
        ...(w.help !== undefined && { help: t(w.help) }),
      };
    }
    return out;
  };
  const domains: FormDomain[] = [];
  const scalesUsed = new Set<string>();
  for (const d of framework.domains) {
    const questions = d.questions
      .filter((q) => askedOf(q, role))
      .map((q): FormQuestion => {
        scalesUsed.add(q.scale.id);
        // In the role's own words, where the form is for one role and the framework has them.
        const worded = wordingFor(q, role);
        return {
          id: q.id,
          text: t(worded.text),
          ...(worded.help !== undefined && { help: t(worded.help) }),
          evidence: lived ? [] : q.evidence.map(t),
          ...(role === undefined && q.wording.size > 0 && { wording: roleWording(q.wording) }),
          scale: q.scale.id,
          ...(q.respondents !== undefined && { respondents: [...q.respondents] }),
          ...(q.when !== undefined && { when: q.when }),
        };
      });
    if (questions.length === 0) continue;
    domains.push({
      id: d.id,
      title: t(d.title),
      ...(d.summary !== undefined && { summary: t(d.summary) }),
      questions,
    });
  }
  const scales = emptyRecord<FormScale>();
  for (const id of scalesUsed) {
    const s = framework.scales[id];
    if (!s) continue;
    scales[id] = {
      id,
      ...(s.label !== undefined && { label: t(s.label) }),
      options: s.options.map((o) => ({
        value: o.value,
        label: t(o.label),
        ...(o.description !== undefined && { description: t(o.description) }),
      })),
      allow: [...s.allow],
    };
  }
  return {
    format: 1,
    framework: {
      id: framework.id,
      version: framework.version,
      title: t(framework.title),
      ...(framework.summary !== undefined && { summary: t(framework.summary) }),
    },
    ...(lang !== undefined && { lang }),
    ui: interfaceLanguage(formArea, options.lang),
    messages: compiledMessages(formArea, options.lang),
    ...(framework.intro !== undefined && { intro: t(framework.intro) }),
    ...(framework.closing !== undefined && { closing: t(framework.closing) }),
    ...(framework.support !== undefined && { support: t(framework.support) }),
    time: time(undefined),
    storageKey: `attune-form:${framework.id}@${framework.version}${role === undefined ? '' : `:${role}`}`,
    roles: framework.respondents.map((r) => ({
      id: r.id,
      label: t(r.label),
      ...(r.description !== undefined && { description: t(r.description) }),
      ...(r.livedExperience && { livedExperience: true }),
      ...(r.intro !== undefined && { intro: t(r.intro) }),
      ...(r.closing !== undefined && { closing: t(r.closing) }),
      time: time(r.id),
    })),
    ...(role !== undefined && { fixedRole: role }),
    scales,
    domains,
  };
}

/** The text pickText chooses, and the language it is written in. */
function shown(value: Text, lang: string | undefined, fallback: string): Shown {
  const text = pickText(value, lang, fallback);
  if (typeof value === 'string') return { text, lang: fallback };
  return { text, lang: Object.keys(value).find((k) => value[k] === text) ?? fallback };
}

/** Whether any of the framework's texts is written in `lang` (or in its base language). */
export function hasLanguage(framework: Framework, lang: string): boolean {
  const base = (tag: string) => tag.split('-')[0]?.toLowerCase();
  const tags = [framework.language, ...framework.partialLanguages];
  if (tags.some((t) => base(t) === base(lang))) return true;
  const texts = [
    framework.title,
    ...framework.respondents.map((r) => r.label),
    ...Object.values(framework.scales).flatMap((s) => s.options.map((o) => o.label)),
    ...framework.domains.map((d) => d.title),
    ...framework.questions.map((q) => q.text),
  ];
  return texts.some(
    (t) => typeof t !== 'string' && Object.keys(t).some((k) => base(k) === base(lang)),
  );
}

function checkRole(framework: Framework, role: string): void {
  const ids = framework.respondents.map((r) => r.id);
  if (ids.length === 0) {
    throw new InputError(`--role ${role}: ${framework.id} has no respondent roles`);
  }
  if (!ids.includes(role)) {
    throw new InputError(`--role ${role}: not one of ${framework.id}'s roles (${ids.join(', ')})`);
  }
}

/** Every question of the form, in order. */
export const formQuestions = (model: FormModel): FormQuestion[] =>
  model.domains.flatMap((d) => d.questions);

/**
 * The model as the text of a `<script type="application/json">` element: `<`, `>` and `&` are
 * written as \u escapes (still the same JSON), so no text in a framework can close the element
 * or start a comment.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The parts of the offline form that are not data: the page, its style and its script. */
export interface FormAssets {
  template: string;
  style: string;
  script: string;
}

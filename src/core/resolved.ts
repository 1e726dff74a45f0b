import { pickText, type Framework } from './framework.js';
import { servedLanguage } from './languages.js';
import type { Text } from './schema/common.js';
import type { FrameworkDoc } from './schema/framework.js';

/**
 * The resolved framework as a document in the framework format itself: `extends` merged and
 * `remove` applied, every default written out (language, scale, weight, reverse, roles,
 * priority, empty lists), so that another tool needs no attune rules to read it, and attune
 * can validate it again. Texts keep every language unless `lang` asks for one: then each text
 * is a plain string in that language, or in the framework's own where it has no translation.
 */
export function resolvedDoc(framework: Framework, lang?: string): FrameworkDoc {
  const whole = build(framework, (t) => t);
  if (lang === undefined) return whole;
  const { partialLanguages: _partial, ...localised } = build(framework, (t) =>
    pickText(t, lang, framework.language),
  );
  return { ...localised, language: servedLanguage(whole, lang) ?? framework.language };
}

function build(f: Framework, text: (t: Text) => Text): FrameworkDoc {
  const opt = (t: Text | undefined) => (t === undefined ? undefined : text(t));
  const roles = f.respondents.map((r) => r.id);
  return {
    attune: 1,
    id: f.id,
    version: f.version,
    title: text(f.title),
    summary: opt(f.summary),
    language: f.language,
    partialLanguages: f.partialLanguages,
    licence: f.licence,
    intro: opt(f.intro),
    closing: opt(f.closing),
    support: opt(f.support),
    sources: f.sources.map((s) => ({ ...s })),
    respondents: f.respondents.map((r) => ({
      id: r.id,
      label: text(r.label),
      description: opt(r.description),
      livedExperience: r.livedExperience,
      intro: opt(r.intro),
      closing: opt(r.closing),
    })),
    scales: Object.fromEntries(
      Object.values(f.scales).map((s) => [
        s.id,
        {
          label: opt(s.label),
          options: s.options.map((o) => ({
            value: o.value,
            label: text(o.label),
            description: opt(o.description),
          })),
          allow: [...s.allow],
        },
      ]),
    ),
    stages: f.stages.map((s) => ({
      id: s.id,
      label: text(s.label),
      from: s.from,
      description: opt(s.description),
    })),
    areas: f.areas.map((a) => ({ id: a.id, title: text(a.title), summary: opt(a.summary) })),
    domains: f.domains.map((d) => ({
      id: d.id,
      title: text(d.title),
      summary: opt(d.summary),
      weight: d.weight,
      questions: d.questions.map((q) => ({
        id: q.id,
        text: text(q.text),
        help: opt(q.help),
        scale: q.scale.id,
        weight: q.weight,
        reverse: q.reverse,
        scored: q.scored,
        area: q.area,
        // Every role, where the framework has roles and the question names none.
        respondents: q.respondents ?? (roles.length > 0 ? roles : undefined),
        wording:
          q.wording.size === 0
            ? undefined
            : Object.fromEntries(
                [...q.wording].map(([role, w]) => [role, { text: opt(w.text), help: opt(w.help) }]),
              ),
        evidence: q.evidence.map(text),
        when: q.when,
        actions: q.actions.map((a) => ({
          below: a.below,
          priority: a.priority,
          text: text(a.text),
          owner: opt(a.owner),
          months: a.months,
          check: opt(a.check),
        })),
      })),
    })),
  };
}

import { conditionRefs } from './conditions.js';
import { pickText, type Framework, type Question } from './framework.js';
import { ID_PATTERN } from './schema/common.js';
import { defined } from './own.js';

/**
 * What `attune init` writes, decided before anything is written: the new framework's id and
 * title and, where it extends another, real ids from that framework for the commented examples
 * (a question to override, one that can be removed without breaking anything, a domain to add
 * to), so that each example is valid the moment it is uncommented.
 */
export interface StarterPlan {
  id: string;
  title: string;
  parent?: ParentExamples;
}

export interface ParentExamples {
  /** The value of `extends:` as written in the new file. */
  ref: string;
  id: string;
  /** The first domain: a question is overridden and one added there. */
  domain: string;
  override: { id: string; text: string; lang?: string };
  /** A question whose removal leaves the framework clean, where there is one. */
  removable?: string;
  /** A new question's id, unused in the parent, and the area it could belong to. */
  added: { id: string; area?: string };
  /**
   * The languages, besides its main one, that the parent's texts are written in. The new file's
   * own texts (its title) are in the main language only, so it lists these as partial.
   */
  otherLanguages: string[];
}

const FALLBACK_ID = 'my-framework';

/** A kebab-case id from a file name: `Northside Housing.yaml` gives `northside-housing`. */
export function idFromFileName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  const id = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(id) ? id : FALLBACK_ID;
}

/**
 * The plan for a new framework. `fileName` is the file's base name; `taken` are ids the new
 * framework must not have (the bundled ones, whose id would hide it); `parent` is the framework
 * it extends and the `extends:` value that names it.
 */
export function planStarter(
  fileName: string,
  taken: readonly string[],
  parent?: { framework: Framework; ref: string },
): StarterPlan {
  let id = idFromFileName(fileName);
  if (id === parent?.framework.id || taken.includes(id)) id = `${id}-tailored`;
  if (!parent) return { id, title: 'A new self-assessment framework' };
  const f = parent.framework;
  const title = pickText(f.title, f.language, f.language);
  return { id, title: `${title} (tailored)`, parent: examples(f, parent.ref) };
}

function examples(f: Framework, ref: string): ParentExamples {
  const first = f.domains[0];
  const question = first?.questions[0];
  if (!first || !question) throw new Error('a valid framework has a domain with questions');
  let added = `${first.id}-new-question`;
  for (let n = 2; f.questionById.has(added) || f.domains.some((d) => d.id === added); n++)
    added = `${first.id}-new-question-${n}`;
  return {
    ref,
    id: f.id,
    domain: first.id,
    override:
      typeof question.text === 'string'
        ? { id: question.id, text: question.text }
        : {
            id: question.id,
            text: pickText(question.text, f.language, f.language),
            lang: f.language,
          },
    ...defined({ removable: removable(f, question)?.id }),
    added: { id: added, ...(f.areas[0] && { area: f.areas[0].id }) },
    otherLanguages: otherLanguages(f),
  };
}

/** The languages of the framework's texts other than its main one, in the order first met. */
function otherLanguages(f: Framework): string[] {
  const tags = new Set<string>(f.partialLanguages);
  const texts = [
    f.title,
    ...f.respondents.map((r) => r.label),
    ...Object.values(f.scales).flatMap((s) => s.options.map((o) => o.label)),
    ...f.stages.map((s) => s.label),
    ...f.domains.map((d) => d.title),
    ...f.questions.map((q) => q.text),
  ];
  for (const t of texts) if (typeof t !== 'string') for (const tag of Object.keys(t)) tags.add(tag);
  tags.delete(f.language);
  return [...tags];
}

/**
 * A question that can go without leaving a warning or an error behind: no condition names it,
 * its domain keeps at least two questions, and its scale and area are used by others. Searched
 * from the end, and never the question the override example uses.
 */
function removable(f: Framework, keep: Question): Question | undefined {
  const named = new Set(
    f.questions.flatMap((q) => (q.when ? conditionRefs(q.when).map((r) => r.id) : [])),
  );
  const others = (q: Question, same: (o: Question) => boolean) =>
    f.questions.some((o) => o !== q && same(o));
  return [...f.questions]
    .reverse()
    .find(
      (q) =>
        q !== keep &&
        !named.has(q.id) &&
        (f.domains.find((d) => d.id === q.domain)?.questions.length ?? 0) > 2 &&
        others(q, (o) => o.scale === q.scale) &&
        (q.area === undefined || others(q, (o) => o.area === q.area)),
    );
}

import { conditionRefs, type ConditionRef } from '../conditions.js';
import type { Path } from '../findings.js';
import type { DomainDoc, FrameworkDoc, QuestionDoc, ScaleDoc } from '../schema/framework.js';

export interface IndexedQuestion {
  q: QuestionDoc;
  path: Path;
  domain: DomainDoc;
  /** The first question with this id, in file order, counted from 0. */
  order: number;
  /** The scale it is answered on (its own, else the default), where that scale exists. */
  scale?: ScaleDoc;
  /** The questions its `when` names, each with the path of its `question` key. */
  refs: readonly (ConditionRef & { at: Path })[];
}

/**
 * One framework, indexed once for every rule: each kind of element by id in `Map`s (so an id
 * such as `constructor` is an id like any other, never a property of every object), every
 * question in file order with its scale and its conditions, and what an extending framework
 * removed.
 */
export interface FrameworkIndex {
  doc: FrameworkDoc;
  /** The framework's own language: `language`, else en-GB. */
  language: string;
  scales: ReadonlyMap<string, ScaleDoc>;
  domains: readonly { d: DomainDoc; path: Path }[];
  /** Every question, in file order. */
  questions: readonly IndexedQuestion[];
  /** The first question of each id. */
  questionById: ReadonlyMap<string, IndexedQuestion>;
  roleIds: ReadonlySet<string>;
  areaIds: ReadonlySet<string>;
  /** The questions whose `when` names each question id. */
  dependents: ReadonlyMap<string, readonly IndexedQuestion[]>;
  /** Ids removed by an extending framework, with the place of their `remove` entry. */
  removed: ReadonlyMap<string, Path>;
  /** The file the `remove` entries are in. */
  removedIn?: string;
  /** The roles a question is asked of: its own list, or every role. */
  askedRoles(q: QuestionDoc): readonly string[];
}

export interface IndexContext {
  removed?: ReadonlyMap<string, Path>;
  file?: string;
}

export function indexFramework(doc: FrameworkDoc, ctx: IndexContext = {}): FrameworkIndex {
  const scales = new Map<string, ScaleDoc>(Object.entries(doc.scales));
  const scaleOf = (q: QuestionDoc) => {
    const id = q.scale ?? doc.defaultScale;
    return id === undefined ? undefined : scales.get(id);
  };
  const domains = doc.domains.map((d, di) => ({ d, path: ['domains', di] as Path }));
  const questions: IndexedQuestion[] = [];
  const questionById = new Map<string, IndexedQuestion>();
  for (const { d, path } of domains) {
    d.questions.forEach((q, qi) => {
      const qp: Path = [...path, 'questions', qi];
      const first = questionById.get(q.id);
      const scale = scaleOf(q);
      const indexed: IndexedQuestion = {
        q,
        path: qp,
        domain: d,
        order: first?.order ?? questionById.size,
        ...(scale !== undefined && { scale }),
        refs: q.when
          ? conditionRefs(q.when).map((r) => ({ ...r, at: [...qp, 'when', ...r.path] }))
          : [],
      };
      questions.push(indexed);
      if (!first) questionById.set(q.id, indexed);
    });
  }
  const dependents = new Map<string, IndexedQuestion[]>();
  for (const iq of questions) {
    for (const ref of iq.refs) {
      const list = dependents.get(ref.id);
      if (list) list.push(iq);
      else dependents.set(ref.id, [iq]);
    }
  }
  const roleIds = new Set((doc.respondents ?? []).map((r) => r.id));
  const everyRole = [...roleIds];
  return {
    doc,
    language: doc.language ?? 'en-GB',
    scales,
    domains,
    questions,
    questionById,
    roleIds,
    areaIds: new Set((doc.areas ?? []).map((a) => a.id)),
    dependents,
    removed: ctx.removed ?? new Map(),
    ...(ctx.file !== undefined && { removedIn: ctx.file }),
    askedRoles: (q) => q.respondents ?? everyRole,
  };
}

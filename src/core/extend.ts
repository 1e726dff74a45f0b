import type { Text } from './schema/common.js';
import type { FrameworkDoc, OverlayDoc } from './schema/framework.js';
import { issue, type Issue, type Path } from './findings.js';
import type { Origin, Origins } from './origins.js';

/**
 * `extends`: the child starts from the parent and
 * - overrides any field of an inherited element by id (text maps merge by language, so a child
 *   can add a translation; lists such as `evidence`, `actions` and `options` are replaced whole);
 * - adds elements with new ids (appended in order);
 * - moves a question by listing it under another domain;
 * - drops inherited elements listed in `remove`;
 * - adds its `sources` to the parent's, so attribution is never lost.
 * The result is an ordinary framework, validated again as a whole.
 */
export interface ExtendResult {
  merged: Record<string, unknown>;
  /** Removed ids, with the path of the `remove` entry in the child, for `removed-still-used`. */
  removed: Map<string, Path>;
  /** Findings located in the child file (`issue.file` is set). */
  issues: Issue[];
}

const TEXT_KEYS = new Set(['title', 'summary', 'label', 'description', 'text', 'help']);

type Obj = Record<string, unknown>;
interface WithId extends Obj {
  id: string;
}

export function extendFramework(
  parent: FrameworkDoc,
  child: OverlayDoc,
  childFile: string,
  origins: Origins,
): ExtendResult {
  const lang = parent.language ?? 'en-GB';
  const issues: Issue[] = [];
  const at = (path: Path): Origin => ({ file: childFile, path });
  const from = (obj: object, first?: Origin): readonly Origin[] => [
    ...(first ? [first] : []),
    ...(origins.get(obj) ?? []),
  ];

  if (child.id === parent.id) {
    issues.push({
      ...issue(
        'extends-same-id',
        ['id'],
        `id "${child.id}" is the id of the framework it extends; give the tailored framework its own id`,
      ),
      file: childFile,
    });
  }

  // 1. Removals, from a working copy of the parent's lists.
  const removed = new Map<string, Path>();
  const toRemove = new Map<string, Path>();
  child.remove?.forEach((id, i) => toRemove.set(id, ['remove', i]));
  const drop = <T extends WithId>(list: readonly T[] | undefined): T[] =>
    (list ?? []).filter((el) => {
      const where = toRemove.get(el.id);
      if (where) removed.set(el.id, where);
      return !where;
    });
  interface DomainEntry {
    source: WithId;
    fields: Obj;
    questions: WithId[];
    first: Origin | undefined;
  }
  const domains: DomainEntry[] = drop(parent.domains as WithId[]).map((d) => ({
    source: d,
    fields: d,
    questions: drop((d as Obj).questions as WithId[]),
    first: undefined as Origin | undefined,
  }));
  const respondents = drop(parent.respondents as WithId[] | undefined);
  const areas = drop(parent.areas as WithId[] | undefined);
  const stages = drop(parent.stages as WithId[]);
  for (const [id, path] of toRemove) {
    if (!removed.has(id)) {
      issues.push({
        ...issue(
          'remove-unknown',
          path,
          `cannot remove "${id}": the extended framework "${parent.id}" has no domain, question, area, role or stage with that id`,
        ),
        file: childFile,
      });
    }
  }

  // 2. Overrides and additions.
  const mergeList = (
    list: WithId[],
    additions: readonly Obj[] | undefined,
    key: string,
  ): WithId[] => {
    const out = list.map((el) => el);
    additions?.forEach((add, i) => {
      const index = out.findIndex((el) => el.id === add.id);
      const origin = at([key, i]);
      if (index >= 0) {
        const base = out[index] as WithId;
        const merged = mergeFields(base, add, lang) as WithId;
        origins.set(merged, from(base, origin));
        out[index] = merged;
      } else {
        const copy = { ...add } as WithId;
        origins.set(copy, [origin]);
        out.push(copy);
      }
    });
    return out;
  };

  child.domains?.forEach((cd, di) => {
    const { questions: childQuestions, ...fields } = cd as Obj & { questions?: Obj[] };
    const existing = domains.find((d) => d.source.id === cd.id);
    const entry: DomainEntry = existing ?? {
      source: { ...fields, id: cd.id },
      fields,
      questions: [],
      first: undefined,
    };
    if (existing) entry.fields = mergeFields(entry.fields, fields, lang);
    else domains.push(entry);
    entry.first = at(['domains', di]);
    childQuestions?.forEach((cq, qi) => {
      const origin = at(['domains', di, 'questions', qi]);
      const home = domains.find((d) => d.questions.some((q) => q.id === cq.id));
      if (home) {
        const index = home.questions.findIndex((q) => q.id === cq.id);
        const base = home.questions[index] as WithId;
        const merged = mergeFields(base, cq, lang) as WithId;
        origins.set(merged, from(base, origin));
        if (home === entry) home.questions[index] = merged;
        else {
          home.questions.splice(index, 1);
          entry.questions.push(merged);
        }
      } else {
        const copy = { ...cq } as WithId;
        origins.set(copy, [origin]);
        entry.questions.push(copy);
      }
    });
  });

  const mergedDomains = domains.map((d) => {
    const domain = { ...d.fields, questions: d.questions };
    origins.set(domain, from(d.source, d.first));
    return domain;
  });

  const scales: Obj = {};
  for (const [id, scale] of Object.entries(parent.scales)) scales[id] = scale;
  for (const [id, scale] of Object.entries(child.scales ?? {})) {
    const base = scales[id] as Obj | undefined;
    const merged = base ? mergeFields(base, scale, lang) : { ...scale };
    origins.set(merged, base ? from(base, at(['scales', id])) : [at(['scales', id])]);
    scales[id] = merged;
  }

  const sources = [...(parent.sources ?? [])] as Obj[];
  child.sources?.forEach((s, i) => {
    if (sources.some((p) => p.title === s.title)) return;
    const copy = { ...s };
    origins.set(copy, [at(['sources', i])]);
    sources.push(copy);
  });

  const {
    extends: _extends,
    remove: _remove,
    domains: _d,
    scales: _s,
    sources: _src,
    respondents: _r,
    areas: _a,
    stages: _st,
    ...topFields
  } = child;
  const parentTop = Object.fromEntries(
    Object.entries(parent).filter(
      ([k]) => !['domains', 'scales', 'sources', 'respondents', 'areas', 'stages'].includes(k),
    ),
  );
  const merged: Obj = {
    ...mergeFields(parentTop, topFields, lang),
    ...(sources.length > 0 ? { sources } : {}),
    ...(respondents.length > 0 || child.respondents
      ? { respondents: mergeList(respondents, child.respondents, 'respondents') }
      : {}),
    scales,
    stages: sortStages(mergeList(stages, child.stages, 'stages')),
    ...(areas.length > 0 || child.areas ? { areas: mergeList(areas, child.areas, 'areas') } : {}),
    domains: mergedDomains,
  };
  origins.set(merged, from(parent, at([])));
  return { merged, removed, issues };
}

/** Stages added by a child are placed by their `from`, so a child can insert one in between. */
function sortStages(stages: WithId[]): WithId[] {
  return stages
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(a.s.from) - Number(b.s.from) || a.i - b.i)
    .map(({ s }) => s);
}

function mergeFields(base: Obj, override: Obj, lang: string): Obj {
  const out: Obj = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = TEXT_KEYS.has(key)
      ? mergeText(base[key] as Text | undefined, value as Text, lang)
      : value;
  }
  return out;
}

/** A plain string replaces; a map adds or replaces languages, keeping the others. */
export function mergeText(base: Text | undefined, override: Text, lang: string): Text {
  if (typeof override === 'string' || base === undefined) return override;
  const start = typeof base === 'string' ? { [lang]: base } : base;
  return { ...start, ...override };
}

import { conditionRefs } from './conditions.js';
import { issue, type Issue, type Path } from './findings.js';
import { validTag } from './languages.js';
import type { FrameworkDoc, QuestionDoc } from './schema/framework.js';
import { forEachText } from './texts.js';

export interface CheckContext {
  /** Ids removed by an extending framework: where the `remove` entry is, in `file`. */
  removed?: ReadonlyMap<string, Path>;
  file?: string;
}

/**
 * The rules that need the whole framework: cross-references, order, uniqueness, languages and
 * the quality warnings. Runs on a document whose shape is already valid.
 */
export function checkFramework(doc: FrameworkDoc, ctx: CheckContext = {}): Issue[] {
  const out: Issue[] = [];
  const removedUse = (id: string, where: string): boolean => {
    const at = ctx.removed?.get(id);
    if (!at) return false;
    out.push({
      ...issue('removed-still-used', at, `"${id}" is removed, but ${where} still names it`),
      ...(ctx.file !== undefined && { file: ctx.file }),
    });
    return true;
  };

  // Ids: domains and questions share one namespace; areas, roles and stages each have their own.
  const seen = new Map<string, string>();
  doc.domains.forEach((d, di) => {
    const prior = seen.get(d.id);
    if (prior)
      out.push(
        issue(
          'duplicate-id',
          ['domains', di, 'id'],
          `duplicate id "${d.id}": already used by ${prior}`,
        ),
      );
    else seen.set(d.id, 'a domain');
    d.questions.forEach((q, qi) => {
      const p = seen.get(q.id);
      if (p)
        out.push(
          issue(
            'duplicate-id',
            ['domains', di, 'questions', qi, 'id'],
            `duplicate id "${q.id}": already used by ${p}`,
          ),
        );
      else seen.set(q.id, `a question in domain "${d.id}"`);
    });
  });
  for (const key of ['areas', 'respondents', 'stages'] as const) {
    const ids = new Set<string>();
    doc[key]?.forEach((el, i) => {
      if (ids.has(el.id))
        out.push(issue('duplicate-id', [key, i, 'id'], `duplicate id "${el.id}" in ${key}`));
      ids.add(el.id);
    });
  }

  // Scales.
  const scaleIds = Object.keys(doc.scales);
  for (const [id, scale] of Object.entries(doc.scales)) {
    const values = new Set<number>();
    scale.options.forEach((o, i) => {
      if (values.has(o.value))
        out.push(
          issue(
            'option-duplicate',
            ['scales', id, 'options', i, 'value'],
            `scale "${id}" has the value ${o.value} twice`,
          ),
        );
      values.add(o.value);
      if (o.description === undefined)
        out.push(
          issue(
            'option-no-description',
            ['scales', id, 'options', i],
            `option ${o.value} of scale "${id}" has no description to help a team choose it`,
          ),
        );
    });
    if (
      scale.options.some((o, i) => i > 0 && o.value < (scale.options[i - 1]?.value ?? -Infinity))
    ) {
      out.push(
        issue(
          'option-order',
          ['scales', id, 'options'],
          `list the options of scale "${id}" from the lowest value to the highest`,
        ),
      );
    }
  }
  if (doc.defaultScale !== undefined && !doc.scales[doc.defaultScale]) {
    out.push(
      issue(
        'default-scale',
        ['defaultScale'],
        `defaultScale "${doc.defaultScale}" is not one of the scales (${scaleIds.join(', ') || 'none'})`,
      ),
    );
  }

  // Stages.
  doc.stages.forEach((s, i) => {
    if (i === 0 && s.from !== 0)
      out.push(
        issue(
          'stages-start',
          ['stages', 0, 'from'],
          `the first stage starts at ${s.from}; it must start at 0 so that every score has a stage`,
        ),
      );
    const prev = doc.stages[i - 1];
    if (prev && s.from <= prev.from)
      out.push(
        issue(
          'stages-order',
          ['stages', i, 'from'],
          `stage "${s.id}" starts at ${s.from}, not above the stage before it (${prev.from}); list stages in ascending order`,
        ),
      );
  });

  // Questions: references, conditions, quality.
  const areaIds = new Set((doc.areas ?? []).map((a) => a.id));
  const roleIds = new Set((doc.respondents ?? []).map((r) => r.id));
  const livedRoles = new Set(
    (doc.respondents ?? []).filter((r) => r.livedExperience === true).map((r) => r.id),
  );
  const order = new Map<string, number>();
  const byId = new Map<string, { q: QuestionDoc; path: Path }>();
  const usedScales = new Set<string>();
  const usedAreas = new Set<string>();
  doc.domains.forEach((d, di) =>
    d.questions.forEach((q, qi) => {
      if (!byId.has(q.id)) {
        order.set(q.id, order.size);
        byId.set(q.id, { q, path: ['domains', di, 'questions', qi] });
      }
    }),
  );

  doc.domains.forEach((d, di) => {
    const dp: Path = ['domains', di];
    if (d.questions.length === 0)
      out.push(issue('domain-empty', dp, `domain "${d.id}" has no questions`));
    if (d.questions.length === 1)
      out.push(
        issue(
          'domain-single-question',
          dp,
          `domain "${d.id}" has only one question, so one answer decides its score`,
        ),
      );
    d.questions.forEach((q, qi) => {
      const qp: Path = [...dp, 'questions', qi];
      const scaleId = q.scale ?? doc.defaultScale;
      if (q.scale !== undefined && !doc.scales[q.scale]) {
        out.push(
          issue(
            'unknown-scale',
            [...qp, 'scale'],
            `unknown scale "${q.scale}"; the scales are ${scaleIds.join(', ')}`,
          ),
        );
      } else if (q.scale === undefined && doc.defaultScale === undefined) {
        out.push(
          issue(
            'default-scale',
            qp,
            `question "${q.id}" names no scale and the framework has no defaultScale`,
          ),
        );
      }
      if (scaleId) usedScales.add(scaleId);
      if (q.area !== undefined) {
        usedAreas.add(q.area);
        if (!areaIds.has(q.area) && !removedUse(q.area, `question "${q.id}"`)) {
          out.push(
            issue(
              'unknown-area',
              [...qp, 'area'],
              areaIds.size
                ? `unknown area "${q.area}"; the areas are ${[...areaIds].join(', ')}`
                : `unknown area "${q.area}": the framework lists no areas`,
            ),
          );
        }
      } else if (areaIds.size > 0) {
        out.push(
          issue(
            'question-no-area',
            qp,
            `question "${q.id}" belongs to no area, so it is missing from the areas grid`,
          ),
        );
      }
      q.respondents?.forEach((r, ri) => {
        if (!roleIds.has(r) && !removedUse(r, `question "${q.id}"`)) {
          out.push(
            issue(
              'unknown-role',
              [...qp, 'respondents', ri],
              roleIds.size
                ? `unknown role "${r}"; the roles are ${[...roleIds].join(', ')}`
                : `unknown role "${r}": the framework lists no respondents`,
            ),
          );
        }
      });
      if (q.help === undefined)
        out.push(
          issue(
            'question-no-help',
            qp,
            `question "${q.id}" has no help saying what good looks like`,
          ),
        );
      // A gate question (`scored: false`) is never scored, so it has no actions and needs no
      // evidence; a question asked only of people who use the service (or their families) is
      // about what they see, and organisational evidence is not shown to them.
      const gate = q.scored === false;
      const askedOnlyOfLived =
        q.respondents !== undefined && q.respondents.every((r) => livedRoles.has(r));
      if (!gate && !q.actions?.length)
        out.push(
          issue(
            'question-no-actions',
            qp,
            `question "${q.id}" has no actions, so a low score suggests no next step`,
          ),
        );
      if (!gate && !askedOnlyOfLived && !q.evidence?.length)
        out.push(issue('question-no-evidence', qp, `question "${q.id}" has no evidence examples`));
      q.actions?.forEach((a, ai) => {
        if (a.below === 0)
          out.push(
            issue(
              'action-unreachable',
              [...qp, 'actions', ai, 'below'],
              'below: 0 can never apply, as no score is below 0',
            ),
          );
      });
      if (q.when) checkWhen(q, qp);
    });
  });

  function checkWhen(q: QuestionDoc, qp: Path): void {
    if (!q.when) return;
    for (const ref of conditionRefs(q.when)) {
      const refPath: Path = [...qp, 'when', ...ref.path, 'question'];
      const target = byId.get(ref.id);
      if (!target) {
        if (!removedUse(ref.id, `the condition of question "${q.id}"`)) {
          out.push(
            issue(
              'unknown-question',
              refPath,
              `the condition names "${ref.id}", which is not a question of this framework`,
            ),
          );
        }
        continue;
      }
      if (ref.id === q.id) {
        out.push(issue('when-cycle', refPath, `question "${q.id}" depends on its own answer`));
        continue;
      }
      const cycle = findCycle(q.id);
      if (cycle?.includes(ref.id)) {
        if (cycle[0] === q.id)
          out.push(
            issue(
              'when-cycle',
              refPath,
              `conditions depend on each other in a circle: ${cycle.join(' → ')}`,
            ),
          );
        continue;
      }
      if ((order.get(ref.id) ?? 0) > (order.get(q.id) ?? 0)) {
        out.push(
          issue(
            'when-order',
            refPath,
            `the condition names "${ref.id}", which is asked after "${q.id}"; a condition can only name an earlier question`,
          ),
        );
      }
      const scale = doc.scales[target.q.scale ?? doc.defaultScale ?? ''];
      if (scale) {
        ref.in.forEach((v, vi) => {
          const ok =
            typeof v === 'number'
              ? scale.options.some((o) => o.value === v)
              : (scale.allow ?? []).includes(v);
          if (!ok) {
            const can = [...scale.options.map((o) => String(o.value)), ...(scale.allow ?? [])].join(
              ', ',
            );
            out.push(
              issue(
                'when-value',
                [...qp, 'when', ...ref.path, 'in', vi],
                `"${ref.id}" can never be answered ${String(v)}; its scale allows ${can}`,
              ),
            );
          }
        });
      }
      const asked = q.respondents ?? [...roleIds];
      const refAsked = target.q.respondents ?? [...roleIds];
      const missing = asked.filter((r) => !refAsked.includes(r));
      if (missing.length > 0) {
        out.push(
          issue(
            'when-role',
            refPath,
            `"${q.id}" is asked of ${missing.join(', ')}, who are never asked "${ref.id}", so it is never shown to them`,
          ),
        );
      }
    }
  }

  /** A cycle through `start`, as a list of ids from the first question of the cycle in file order. */
  function findCycle(start: string): string[] | undefined {
    const stack: string[] = [];
    const onStack = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string): string[] | undefined => {
      if (onStack.has(id)) return stack.slice(stack.indexOf(id));
      if (done.has(id)) return undefined;
      const node = byId.get(id);
      if (!node?.q.when) return undefined;
      stack.push(id);
      onStack.add(id);
      for (const ref of conditionRefs(node.q.when)) {
        if (ref.id === id) continue;
        const found = visit(ref.id);
        if (found) return found;
      }
      stack.pop();
      onStack.delete(id);
      done.add(id);
      return undefined;
    };
    const cycle = visit(start);
    if (!cycle?.includes(start)) return undefined;
    const first = cycle.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
    const i = cycle.indexOf(first);
    const rotated = [...cycle.slice(i), ...cycle.slice(0, i)];
    return [...rotated, first];
  }

  (doc.areas ?? []).forEach((a, i) => {
    if (!usedAreas.has(a.id))
      out.push(issue('area-unused', ['areas', i], `no question belongs to area "${a.id}"`));
  });
  for (const id of scaleIds) {
    if (!usedScales.has(id))
      out.push(issue('scale-unused', ['scales', id], `no question uses scale "${id}"`, 'key'));
  }

  checkLanguages(doc, out);
  return out;
}

function checkLanguages(doc: FrameworkDoc, out: Issue[]): void {
  const main = doc.language ?? 'en-GB';
  if (doc.language !== undefined && !validTag(doc.language))
    out.push(issue('language-tag', ['language'], `"${doc.language}" is not a valid language tag`));
  doc.partialLanguages?.forEach((tag, i) => {
    if (!validTag(tag))
      out.push(
        issue('language-tag', ['partialLanguages', i], `"${tag}" is not a valid language tag`),
      );
  });
  let total = 0;
  const coverage = new Map<string, { count: number; first: Path }>();
  const badTags = new Set<string>();
  forEachText(doc, (text, path) => {
    total++;
    if (typeof text === 'string') return;
    if (text[main] === undefined)
      out.push(
        issue(
          'language-missing',
          path,
          `this text has no ${main} version; ${main} is the framework's language, used when no other fits`,
        ),
      );
    for (const tag of Object.keys(text)) {
      if (!validTag(tag) && !badTags.has(tag)) {
        badTags.add(tag);
        out.push(
          issue('language-tag', [...path, tag], `"${tag}" is not a valid language tag`, 'key'),
        );
      }
      if (tag === main) continue;
      const c = coverage.get(tag);
      if (c) c.count++;
      else coverage.set(tag, { count: 1, first: path });
    }
  });
  for (const [tag, { count, first }] of coverage) {
    if (count < total && !(doc.partialLanguages ?? []).includes(tag)) {
      out.push(
        issue(
          'language-partial',
          first,
          `${tag} covers ${count} of ${total} texts; the rest show in ${main}. Translate them, or list ${tag} under partialLanguages`,
        ),
      );
    }
  }
}

import { pickText, type Framework, type Question } from '../core/framework.js';
import type { AnswerValue, Text } from '../core/schema/common.js';
import { ID_PATTERN, LANG_PATTERN, SEMVER_PATTERN } from '../core/schema/common.js';
import type { Condition, FrameworkDoc } from '../core/schema/framework.js';
import { escapeMarkdown } from './escape.js';
import { plural } from '../core/plural.js';

export interface OutlineOptions {
  /** The language asked for with --lang; texts without it fall back to the framework's. */
  lang?: string | undefined;
  /** The language the texts are shown in, when that is not the framework's own. */
  shown?: string | undefined;
}

/**
 * A framework's outline in Markdown: what it is, who answers, the scales, the stages, the areas,
 * and each domain's questions with what sets them apart (area, roles, scale, weight,
 * conditions). Every text from the framework is escaped; attune's own words are in English.
 */
export function outlineMarkdown(f: Framework, options: OutlineOptions = {}): string {
  const t = (value: Text) => escapeMarkdown(pickText(value, options.lang, f.language));
  const out: string[] = [];
  const para = (...lines: string[]) => out.push(lines.join('\n'));
  const several = Object.keys(f.scales).length > 1;

  para(`# ${t(f.title)}`);
  const about = [
    `${code(f.id)}, version ${code(f.version, SEMVER_PATTERN)}: ${plural(f.questions.length, 'question')} in ${plural(f.domains.length, 'domain')}.`,
  ];
  if (f.licence !== undefined) about.push(`Licence: ${code(f.licence, LICENCE_PATTERN)}.`);
  if (options.shown !== undefined && options.shown !== f.language)
    about.push(
      `Texts in ${code(options.shown, LANG_PATTERN)} where translated, otherwise in ${code(f.language, LANG_PATTERN)}.`,
    );
  para(about.join(' '));
  if (f.summary !== undefined) para(t(f.summary));

  if (f.respondents.length > 0) {
    para('## Respondents');
    para(
      ...f.respondents.map(
        (r) =>
          `- ${t(r.label)} (${code(r.id)})${r.description === undefined ? '' : `: ${t(r.description)}`}`,
      ),
    );
  }

  para('## Scales');
  for (const s of Object.values(f.scales)) {
    const users = f.questions.filter((q) => q.scale === s).length;
    para(
      `### ${s.label === undefined ? code(s.id) : `${t(s.label)} (${code(s.id)})`}`,
      '',
      `Used by ${plural(users, 'question')}.${s.allow.length > 0 ? ` Also accepts: ${s.allow.map(nonScored).join(', ')}.` : ''}`,
    );
    para(
      '| value | label | description |',
      '| --- | --- | --- |',
      ...s.options.map(
        (o) =>
          `| ${o.value} | ${t(o.label)} | ${o.description === undefined ? '' : t(o.description)} |`,
      ),
    );
  }

  para('## Stages');
  para(
    '| from | stage | description |',
    '| --- | --- | --- |',
    ...f.stages.map(
      (s) =>
        `| ${s.from} | ${t(s.label)} (${code(s.id)}) | ${s.description === undefined ? '' : t(s.description)} |`,
    ),
  );

  if (f.areas.length > 0) {
    para('## Areas');
    para(
      '| area | questions | summary |',
      '| --- | --- | --- |',
      ...f.areas.map(
        (a) =>
          `| ${t(a.title)} (${code(a.id)}) | ${f.questions.filter((q) => q.area === a.id).length} | ${a.summary === undefined ? '' : t(a.summary)} |`,
      ),
    );
  }

  para('## Domains');
  f.domains.forEach((d, i) => {
    para(`### ${i + 1}. ${t(d.title)} (${code(d.id)})`);
    if (d.summary !== undefined) para(t(d.summary));
    para(`Weight ${d.weight}; ${plural(d.questions.length, 'question')}.`);
    if (d.questions.length > 0)
      para(
        ...d.questions.flatMap((q, qi) => [
          `${qi + 1}. ${t(q.text)}`,
          `   - ${[code(q.id), ...traits(f, q, several, t)].join(' · ')}`,
        ]),
      );
  });

  return out.join('\n\n') + '\n';
}

/** The resolved framework as JSON, for other tools. */
export function outlineJson(doc: FrameworkDoc): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** What sets a question apart from the defaults, in a few words each. */
function traits(
  f: Framework,
  q: Question,
  severalScales: boolean,
  t: (value: Text) => string,
): string[] {
  const out: string[] = [];
  if (q.area !== undefined) out.push(`area: ${code(q.area)}`);
  if (q.respondents !== undefined)
    out.push(`asked of: ${q.respondents.map((r) => code(r)).join(', ')}`);
  if (severalScales) out.push(`scale: ${code(q.scale.id)}`);
  if (q.weight !== 1) out.push(`weight ${q.weight}`);
  if (q.reverse) out.push('reversed: a high answer means worse practice');
  if (q.when !== undefined) out.push(`asked only when ${condition(f, q.when, t)}`);
  return out;
}

function condition(f: Framework, c: Condition, t: (value: Text) => string): string {
  if ('question' in c) {
    const scale = f.questionById.get(c.question)?.scale;
    const answer = (v: AnswerValue) => {
      if (typeof v !== 'number') return nonScored(v);
      const option = scale?.options.find((o) => o.value === v);
      return option === undefined ? String(v) : `${t(option.label)} (${v})`;
    };
    return `${code(c.question)} is ${c.in.map(answer).join(' or ')}`;
  }
  const parts = 'all' in c ? c.all : c.any;
  const joined = parts.map((p) => condition(f, p, t)).join('all' in c ? ' and ' : ' or ');
  return parts.length > 1 ? `(${joined})` : joined;
}

/** A licence identifier such as CC-BY-4.0 (SPDX): safe characters only, so a code span holds it. */
const LICENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

const nonScored = (v: string) => (v === 'dont-know' ? "don't know" : 'not applicable');

/** Ids and versions are checked by the schema for safe characters: a code span holds them as they are. */
function code(value: string, pattern: RegExp = ID_PATTERN): string {
  return pattern.test(value) ? `\`${value}\`` : escapeMarkdown(value);
}

import type { ParentExamples, StarterPlan } from '../core/starter.js';
import { oneLine } from '../core/sanitize.js';

/** The name of the JSON Schema file that `attune init` writes beside the framework. */
export const SCHEMA_FILE = 'framework.schema.json';

/**
 * The YAML that `attune init` writes: a small framework that passes `validate --strict`, with a
 * comment on each key. Comments that explain start with a capital letter; commented-out
 * examples are YAML (a key or a list item), valid as they stand once uncommented.
 */
export function starterYaml(plan: StarterPlan, fileName: string): string {
  const head = [
    `# yaml-language-server: $schema=./${SCHEMA_FILE}`,
    '#',
    `# Written by attune init. Check it with: attune validate --strict ${oneLine(fileName)}`,
    `# and read its outline with: attune show ${oneLine(fileName)}`,
    `# The first line lets editors that use yaml-language-server (VS Code with the YAML extension,`,
    `# for one) check this file as you type, against ${SCHEMA_FILE} beside it.`,
    '',
  ];
  return [...head, ...(plan.parent ? tailored(plan, plan.parent) : standalone(plan))].join('\n');
}

/** Text as a YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);
/** A plain scalar where that is safe, else a quoted one. */
const plainOrQuoted = (text: string) => (/^[A-Za-z0-9][\w./-]*$/.test(text) ? text : q(text));

function common(plan: StarterPlan): string[] {
  return [
    '# The version of the attune file format: 1 for now.',
    'attune: 1',
    '# The id of this framework: lower-case words joined by hyphens, different from every other',
    '# framework. Answers files and `extends` refer to it.',
    `id: ${plan.id}`,
    '# The version of this content (semantic versioning). Raise the first number when a change would',
    '# break answers already given, such as removing a question or changing a scale.',
    'version: 0.1.0',
  ];
}

function tailored(plan: StarterPlan, p: ParentExamples): string[] {
  const o = p.override;
  return [
    `# This framework starts from ${p.id}: everything in that framework is inherited, and`,
    '# what this file says adds to it, changes it by id, or removes from it.',
    '',
    ...common(plan),
    '# The framework to start from: the id of a bundled framework or of one in ./frameworks, or a',
    '# path relative to this file.',
    `extends: ${plainOrQuoted(p.ref)}`,
    '# The title people see. Any text may instead be a map of languages, such as',
    '# { en-GB: Safety, cy: Diogelwch }, which adds to the inherited languages; --lang picks one.',
    `title: ${q(plan.title)}`,
    ...partial(p),
    '',
    ...(p.removable
      ? [
          '# To drop inherited domains, questions, areas, roles or stages, list their ids. Nothing may',
          '# still name what is removed (a condition, an area, a role); attune validate says where.',
          `# remove: [${p.removable}]`,
          '',
        ]
      : []),
    '# To change an inherited domain or question, list its id with only the fields that change; to',
    '# add one, give a new id and every field it needs. A question listed under another domain',
    '# moves there. Uncomment these lines (remove the first "# " of each) to try them.',
    '# domains:',
    `#   - id: ${p.domain}`,
    '#     questions:',
    `#       - id: ${o.id}`,
    o.lang === undefined
      ? `#         text: ${q(o.text)}`
      : `#         text: { ${o.lang}: ${q(o.text)} }`,
    '#         weight: 2',
    `#       - id: ${p.added.id}`,
    '#         text: "A new question: one observable practice, in plain words."',
    '#         help: "What good looks like, and why it matters."',
    ...(p.added.area === undefined ? [] : [`#         area: ${p.added.area}`]),
    '#         evidence: ["Something a team could point to"]',
    '#         actions:',
    '#           - { below: 50, priority: high, text: "Who does what next, and by when." }',
    '',
  ];
}

/**
 * Where the parent is also written in other languages: this file's own texts are in the main
 * language only, so it says so, and validate does not warn that those languages are incomplete.
 */
function partial(p: ParentExamples): string[] {
  if (p.otherLanguages.length === 0) return [];
  const tags = p.otherLanguages.map((t) => oneLine(t)).join(', ');
  return [
    `# ${p.id} is also written in ${tags}. The texts this file adds are in the main`,
    `# language only, until you give each a version in ${tags} too, as in the example above. Until`,
    '# then, the languages listed here are partial: where a text of this file has no version in one',
    '# of them, people who choose it read the main language. Delete this line when none is missing.',
    `partialLanguages: [${tags}]`,
  ];
}

function standalone(plan: StarterPlan): string[] {
  return [
    ...common(plan),
    '# The title people see. Any text in this file may instead be a map of languages, such as',
    '# { en-GB: Safety, cy: Diogelwch }; attune show --lang cy then picks the Welsh.',
    `title: ${q(plan.title)}`,
    '# One paragraph on what the framework assesses, and for whom.',
    'summary: >-',
    '  How safe, open and collaborative our service is, as seen by staff, leaders and the people who',
    '  use it. A starting point for honest conversation and practical next steps.',
    '# The language of the texts: the fallback for --lang.',
    'language: en-GB',
    '# The licence under which others may use the content.',
    'licence: CC-BY-4.0',
    '# Works the framework draws on, so that readers can follow them up.',
    'sources:',
    `  - { title: "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach", publisher: Substance Abuse and Mental Health Services Administration, year: 2014 }`,
    '# The groups who answer (optional). Each answers file names one role, and reports compare',
    '# the roles without ever showing a group smaller than the anonymity threshold.',
    'respondents:',
    '  - { id: staff, label: Staff and volunteers }',
    '  - { id: leadership, label: Managers and board members }',
    '  - { id: people-supported, label: People who use the service }',
    '# Answer scales, by id. Options run from the lowest value to the highest, and each description',
    '# helps a team agree which option fits.',
    'scales:',
    '  practice:',
    '    label: How established is this?',
    '    options:',
    '      - { value: 0, label: Not in place, description: We do not do this yet. }',
    '      - { value: 1, label: Starting, description: We have begun to plan or try this. }',
    '      - { value: 2, label: Partly in place, description: This happens in some teams or some of the time. }',
    '      - { value: 3, label: Mostly in place, description: This is how most of us work most of the time. }',
    '      - { value: 4, label: Embedded, description: "This happens everywhere, and we check it." }',
    "    # Honest answers that carry no score: not applicable, and don't know.",
    '    allow: [not-applicable, dont-know]',
    '# The scale of every question that names none.',
    'defaultScale: practice',
    '# Maturity stages over the 0-100 score, ascending from 0. A score is in the last stage whose',
    '# `from` it reaches.',
    'stages:',
    '  - { id: starting, label: Starting out, from: 0, description: A few people work this way. }',
    '  - { id: developing, label: Developing, from: 40, description: Practice is changing in most teams. }',
    '  - { id: established, label: Established, from: 70, description: "This is how we work, and we check it." }',
    '# Parts of the organisation (optional): the second dimension of the report. Where there are',
    '# areas, every question names one.',
    'areas:',
    '  - { id: practice, title: Everyday practice }',
    '  - { id: leadership, title: Leadership and governance }',
    '# The domains (principles) and their questions, in the order they are asked.',
    'domains:',
    '  - id: safety',
    '    title: Safety',
    '    summary: People who use the service, and staff, are physically and emotionally safe.',
    '    # Weight in the overall score (default 1).',
    '    weight: 1',
    '    questions:',
    '      # Question ids are unique in the whole framework; answers files refer to them.',
    '      - id: safety-first-contact',
    '        # One observable practice, in plain words.',
    '        text: People are told what will happen at their first appointment before it happens.',
    '        # What good looks like, and why it matters.',
    '        help: Knowing what comes next lowers fear. A short letter or call beforehand is enough.',
    '        area: practice',
    '        # Things a team could point to.',
    '        evidence: [First-appointment letters, A first-contact script]',
    '        # Next steps for the action plan, each shown when the question scores below `below`.',
    '        actions:',
    '          - { below: 50, priority: high, text: The team lead rewrites the first letter with two people who use the service. }',
    '      - id: safety-quiet-space',
    '        text: There is a quiet space people can use when they feel overwhelmed.',
    '        help: A calm room, or a corner, that anyone can use without having to ask twice.',
    '        area: practice',
    '        # Who is asked this question (default: every role).',
    '        respondents: [staff, people-supported]',
    '        evidence: [A room that people know they can use]',
    '        actions:',
    '          - { below: 50, priority: medium, text: The manager sets aside a quiet room and tells everyone where it is. }',
    '      # A question may also have: scale (default: defaultScale), weight (default 1), reverse',
    '      # (true where a high answer means worse practice), and a condition such as',
    '      # when: { question: safety-first-contact, in: [3, 4] }, to ask it only after those answers.',
    '  - id: voice',
    '    title: Voice and choice',
    '    summary: People shape their own support, and the service itself.',
    '    questions:',
    '      - id: voice-own-words',
    '        text: Support plans are written with people, in their own words.',
    "        help: A plan in a person's own words is one they recognise and can hold the service to.",
    '        area: practice',
    '        evidence: [Support plans that quote the person]',
    '        actions:',
    '          - { below: 50, priority: medium, text: Keyworkers write the next review of each plan with the person. }',
    '      - id: voice-board-hears',
    '        text: The board hears, at every meeting, what people who use the service say about it.',
    '        help: Leaders who hear the words of people who use the service keep them in mind when they decide.',
    '        area: leadership',
    '        respondents: [leadership]',
    '        evidence: [Board minutes]',
    '        actions:',
    '          - { below: 75, priority: low, text: The chair adds a standing item on feedback to every board agenda. }',
    '',
  ];
}

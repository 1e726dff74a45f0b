import { labelKey } from '../import-values.js';
import type { Text } from '../schema/common.js';
import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Scales: that questions name ones that exist, and that each scale's options can be told apart. */
export const scales = family({
  title: 'Scales and their options',
  rules: [
    {
      id: 'unknown-scale',
      severity: 'error',
      subject: 'framework',
      description: 'A question names a scale that does not exist.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: welcome, scale: stars }
`,
      },
      passing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: welcome, scale: practice }
`,
      },
    },
    {
      id: 'default-scale',
      severity: 'error',
      subject: 'framework',
      description:
        '`defaultScale` names no scale, or a question has no scale and there is no default.',
      failing: {
        yaml: `defaultScale: stars
domains:
  - id: safety
    questions:
      - { id: welcome, scale: practice }
      - { id: quiet-room, scale: practice }
`,
      },
      passing: { yaml: 'defaultScale: practice\n' },
    },
    {
      id: 'scale-unused',
      severity: 'warning',
      subject: 'framework',
      description: 'No question uses a scale.',
      failing: {
        yaml: `scales:
  yes-no:
    options:
      - { value: 0, label: "No", description: It is not in place. }
      - { value: 1, label: "Yes", description: It is in place. }
`,
      },
      passing: {
        yaml: `scales:
  yes-no:
    options:
      - { value: 0, label: "No", description: It is not in place. }
      - { value: 1, label: "Yes", description: It is in place. }
domains:
  - id: safety
    questions:
      - { id: quiet-room, scale: yes-no }
`,
      },
    },
    {
      id: 'option-duplicate',
      severity: 'error',
      subject: 'framework',
      description: 'Two options of a scale share a value.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 0, label: Sometimes, description: It happens now and then. }
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1, label: Sometimes, description: It happens now and then. }
`,
      },
    },
    {
      id: 'option-label-duplicate',
      severity: 'error',
      subject: 'framework',
      description:
        'Two options of a scale have the same label in one language (ignoring case and spaces), so an answer given by its label, as in an imported spreadsheet, could mean either.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: { en-GB: Not yet, cy: Ddim eto }, description: It does not happen yet. }
      - { value: 1, label: { en-GB: Sometimes, cy: Ddim eto }, description: It happens now and then. }
partialLanguages: [cy]
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: { en-GB: Not yet, cy: Ddim eto }, description: It does not happen yet. }
      - { value: 1, label: { en-GB: Sometimes, cy: Weithiau }, description: It happens now and then. }
partialLanguages: [cy]
`,
      },
    },
    {
      id: 'option-order',
      severity: 'warning',
      subject: 'framework',
      description: 'A scale’s options are not listed from the lowest value to the highest.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 1, label: Sometimes, description: It happens now and then. }
      - { value: 0, label: Not yet, description: It does not happen yet. }
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1, label: Sometimes, description: It happens now and then. }
`,
      },
    },
    {
      id: 'option-no-description',
      severity: 'warning',
      subject: 'framework',
      description: 'A scale option has no `description`.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet }
      - { value: 1, label: Sometimes, description: It happens now and then. }
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1, label: Sometimes, description: It happens now and then. }
`,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const { doc } = ix;
    const scaleIds = [...ix.scales.keys()];
    for (const [id, scale] of ix.scales) {
      const at = ['scales', id, 'options'];
      const values = new Set<number>();
      scale.options.forEach((o, i) => {
        if (values.has(o.value))
          report(
            'option-duplicate',
            [...at, i, 'value'],
            `scale "${id}" has the value ${o.value} twice`,
          );
        values.add(o.value);
        if (o.description === undefined)
          report(
            'option-no-description',
            [...at, i],
            `option ${o.value} of scale "${id}" has no description to help a team choose it`,
          );
      });
      if (
        scale.options.some((o, i) => i > 0 && o.value < (scale.options[i - 1]?.value ?? -Infinity))
      )
        report(
          'option-order',
          at,
          `list the options of scale "${id}" from the lowest value to the highest`,
        );
      for (const [tag, i, label, first] of repeatedLabels(scale.options, ix.language))
        report(
          'option-label-duplicate',
          [...at, i, 'label', ...(typeof scale.options[i]?.label === 'string' ? [] : [tag])],
          `options ${first} and ${scale.options[i]?.value} of scale "${id}" are both labelled "${label}" in ${tag}; give each its own label`,
        );
    }
    if (doc.defaultScale !== undefined && !ix.scales.has(doc.defaultScale))
      report(
        'default-scale',
        ['defaultScale'],
        `defaultScale "${doc.defaultScale}" is not one of the scales (${scaleIds.join(', ') || 'none'})`,
      );
    const used = new Set<string>();
    for (const { q, path } of ix.questions) {
      const scaleId = q.scale ?? doc.defaultScale;
      if (q.scale !== undefined && !ix.scales.has(q.scale))
        report(
          'unknown-scale',
          [...path, 'scale'],
          `unknown scale "${q.scale}"; the scales are ${scaleIds.join(', ')}`,
        );
      else if (q.scale === undefined && doc.defaultScale === undefined)
        report(
          'default-scale',
          path,
          `question "${q.id}" names no scale and the framework has no defaultScale`,
        );
      if (scaleId !== undefined) used.add(scaleId);
    }
    for (const id of scaleIds)
      if (!used.has(id))
        report('scale-unused', ['scales', id], `no question uses scale "${id}"`, { target: 'key' });
  },
});

/**
 * Each option whose label, in some language, repeats an earlier option's: the language, the
 * option's index, the label, and the earlier option's value. A plain label is in the framework's
 * own language; a language an option does not have is shown in the framework's own.
 */
function repeatedLabels(
  options: readonly { value: number; label: Text }[],
  main: string,
): [tag: string, index: number, label: string, first: number][] {
  const tags = new Set([main]);
  for (const o of options)
    if (typeof o.label !== 'string') for (const t of Object.keys(o.label)) tags.add(t);
  const out: [string, number, string, number][] = [];
  for (const tag of tags) {
    const seen = new Map<string, number>();
    options.forEach((o, i) => {
      const own = typeof o.label === 'string' ? (tag === main ? o.label : undefined) : o.label[tag];
      // An option without this language shows its own-language label: only its own texts clash.
      if (own === undefined) return;
      const key = labelKey(own);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, o.value);
      else out.push([tag, i, own, first]);
    });
  }
  return out;
}

import type { ReportModel } from '../../core/report-model.js';
import type { Escape } from './view.js';
import type { Words } from './words.js';

export interface ProvenanceRow {
  label: string;
  value: string;
  /** A SHA-256, in hexadecimal ('' where the row has none). */
  digest: string;
}

/**
 * What the templates see of where the report came from: attune's version, the framework, the
 * answers, the plan and the earlier assessments by their SHA-256 digests, and the options that
 * change what the report shows. No path: a file name at most, and answers files are not named.
 */
export function provenanceView(model: ReportModel, esc: Escape, words: Words) {
  const p = model.provenance;
  if (!p) return { provenance: null };
  const rows: ProvenanceRow[] = [
    { label: 'attune', value: words('attuneVersion', { version: esc(p.attune) }), digest: '' },
  ];
  rows.push({
    label: words('inputFramework'),
    value:
      p.framework.files.length > 1
        ? words('frameworkFiles', {
            framework: `${esc(p.framework.id)} ${esc(p.framework.version)}`,
            files: p.framework.files.length,
          })
        : `${esc(p.framework.id)} ${esc(p.framework.version)}`,
    digest: p.framework.sha256,
  });
  if (p.framework.files.length > 1)
    for (const f of p.framework.files)
      rows.push({ label: words('inputFrameworkFile'), value: esc(f.name), digest: f.sha256 });
  rows.push({
    label: words('inputAnswers'),
    value: words('answersFiles', { files: p.answers.files, skipped: p.answers.skipped }),
    digest: p.answers.sha256,
  });
  if (p.plan)
    rows.push({ label: words('inputPlan'), value: esc(p.plan.name), digest: p.plan.sha256 });
  for (const c of p.compare)
    rows.push({
      label: words('inputEarlier'),
      value: `${c.label === null ? '' : `${esc(c.label)}: `}${c.kind === 'report' ? words('earlierReport') : words('earlierFiles', { files: c.files })}`,
      digest: c.sha256,
    });
  const o = p.options;
  const options = [
    `--min-group-size ${o.minGroupSize}`,
    ...(o.lang === null ? [] : [`--lang ${o.lang}`]),
    ...(o.by === null ? [] : [`--by ${o.by}`]),
    ...(o.skipInvalid ? ['--skip-invalid'] : []),
    ...o.invited.map((i) => `--invited ${i}`),
    ...o.labels.map((l) => `--label ${l}`),
  ];
  rows.push({ label: words('inputOptions'), value: esc(options.join(', ')), digest: '' });
  return {
    provenance: {
      intro: words('provenanceIntro'),
      rows,
      command: esc(
        `attune verify report.json answers/${p.plan ? ' --plan plan.yaml' : ''}${p.compare.length > 0 ? ' --compare earlier/' : ''}`,
      ),
    },
  };
}

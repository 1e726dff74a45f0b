import type { ReportModel } from '../../core/report-model.js';
import { plural } from './format.js';
import type { Escape } from './view.js';

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
export function provenanceView(model: ReportModel, esc: Escape) {
  const p = model.provenance;
  if (!p) return { provenance: null };
  const rows: ProvenanceRow[] = [
    { label: 'attune', value: `version ${esc(p.attune)}`, digest: '' },
  ];
  rows.push({
    label: 'Framework',
    value: `${esc(p.framework.id)} ${esc(p.framework.version)}${p.framework.files.length > 1 ? `, from ${plural(p.framework.files.length, 'file')} (the digest is over their digests)` : ''}`,
    digest: p.framework.sha256,
  });
  if (p.framework.files.length > 1)
    for (const f of p.framework.files)
      rows.push({ label: 'Framework file', value: esc(f.name), digest: f.sha256 });
  rows.push({
    label: 'Answers',
    value: `${plural(p.answers.files, 'file')}${p.answers.skipped > 0 ? `, ${plural(p.answers.skipped, 'set', 'sets')} of answers left out (--skip-invalid)` : ''} (the digest is over their digests, sorted)`,
    digest: p.answers.sha256,
  });
  if (p.plan) rows.push({ label: 'Plan', value: esc(p.plan.name), digest: p.plan.sha256 });
  for (const c of p.compare)
    rows.push({
      label: 'Earlier assessment',
      value: `${c.label === null ? '' : `${esc(c.label)}: `}${c.kind === 'report' ? 'a JSON report' : plural(c.files, 'answers file')}`,
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
  rows.push({ label: 'Options', value: esc(options.join(', ')), digest: '' });
  return {
    provenance: {
      intro: esc(
        'The inputs this report was made from, by their SHA-256 digests, and the options that change what it shows. The same inputs and options give the same report; attune verify checks a JSON report against them.',
      ),
      rows,
      command: esc(
        `attune verify report.json answers/${p.plan ? ' --plan plan.yaml' : ''}${p.compare.length > 0 ? ' --compare earlier/' : ''}`,
      ),
    },
  };
}

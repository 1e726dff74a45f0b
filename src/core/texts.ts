import type { Path } from './findings.js';
import type { Text } from './schema/common.js';
import type { FrameworkDoc } from './schema/framework.js';

/** Calls `visit` with every text in the framework and its path: for the languages it has. */
export function forEachText(doc: FrameworkDoc, visit: (text: Text, path: Path) => void): void {
  const t = (value: Text | undefined, path: Path) => {
    if (value !== undefined) visit(value, path);
  };
  t(doc.title, ['title']);
  t(doc.summary, ['summary']);
  t(doc.intro, ['intro']);
  t(doc.closing, ['closing']);
  t(doc.support, ['support']);
  (doc.respondents ?? []).forEach((r, i) => {
    t(r.label, ['respondents', i, 'label']);
    t(r.description, ['respondents', i, 'description']);
    t(r.intro, ['respondents', i, 'intro']);
    t(r.closing, ['respondents', i, 'closing']);
  });
  for (const [id, s] of Object.entries(doc.scales)) {
    t(s.label, ['scales', id, 'label']);
    s.options.forEach((o, i) => {
      t(o.label, ['scales', id, 'options', i, 'label']);
      t(o.description, ['scales', id, 'options', i, 'description']);
    });
  }
  doc.stages.forEach((s, i) => {
    t(s.label, ['stages', i, 'label']);
    t(s.description, ['stages', i, 'description']);
  });
  (doc.areas ?? []).forEach((a, i) => {
    t(a.title, ['areas', i, 'title']);
    t(a.summary, ['areas', i, 'summary']);
  });
  doc.domains.forEach((d, di) => {
    t(d.title, ['domains', di, 'title']);
    t(d.summary, ['domains', di, 'summary']);
    d.questions.forEach((q, qi) => {
      t(q.text, ['domains', di, 'questions', qi, 'text']);
      t(q.help, ['domains', di, 'questions', qi, 'help']);
      for (const [role, w] of Object.entries(q.wording ?? {})) {
        t(w.text, ['domains', di, 'questions', qi, 'wording', role, 'text']);
        t(w.help, ['domains', di, 'questions', qi, 'wording', role, 'help']);
      }
      q.evidence?.forEach((e, ei) => t(e, ['domains', di, 'questions', qi, 'evidence', ei]));
      q.actions?.forEach((a, ai) => {
        t(a.text, ['domains', di, 'questions', qi, 'actions', ai, 'text']);
        t(a.owner, ['domains', di, 'questions', qi, 'actions', ai, 'owner']);
        t(a.check, ['domains', di, 'questions', qi, 'actions', ai, 'check']);
      });
    });
  });
}

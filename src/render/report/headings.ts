/**
 * The report's fixed headings, for the Word report, which has no template. The Markdown and HTML
 * templates carry the same words; test/e2e/report-docx.test.ts checks that the Word report's
 * headings are the HTML report's, in the same order, so a change of wording in one is caught.
 */
export const HEADINGS = {
  keyFindings: 'Key findings',
  clearestStrengths: 'Clearest strengths',
  areasToDevelop: 'Areas to develop',
  firstActions: 'First actions',
  about: 'About this report',
  summary: 'Summary',
  stages: 'Stages',
  scores: 'Scores by domain',
  strengths: 'Strengths (scoring 75 or more)',
  roomToGrow: 'Most room to grow (scoring below 50)',
  notes: 'What people said',
  yourNotes: 'Your notes',
  areas: 'Domains by organisational area',
  gaps: 'Perception gaps between roles',
  comparison: 'Compared with the earlier assessment',
  trend: 'Across the cycles',
  roleMix: 'Who answered has changed',
  rates: 'Who was asked, and who answered',
  plan: "Targets and last cycle's actions",
  actions: 'Action plan',
  coverage: 'Coverage',
  method: 'Method',
  provenance: 'Where this report came from',
} as const;

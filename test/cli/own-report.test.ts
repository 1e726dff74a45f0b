import { describe, expect, it } from 'vitest';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ownReportText } from '../../src/cli/report-job.js';
import { ROOT } from '../helpers.js';

/**
 * The report `assess` writes at the end: the person's own answers, counted as they are through
 * the same report job as `attune report`, headed as theirs, with their notes, and never passed
 * off as an organisation's result.
 */
const framework = new FrameworkLoader(ROOT).require('test/fixtures/frameworks/small.yaml');
const doc: AnswersDoc = {
  attune: 1,
  framework: { id: 'small-example', version: '1.0.0' },
  respondent: { role: 'lived-experience' },
  status: 'completed',
  updated: '2026-11-22T10:00:00Z',
  answers: {
    'safety-first-contact': { value: 1, note: 'Nobody told me what would happen.' },
    'safety-premises': { value: 1 },
    'trust-explain-decisions': { value: 3 },
  },
};
const ctx = { env: { SOURCE_DATE_EPOCH: '1795392000' } };

describe("assess's own report", () => {
  it('is headed as the person’s own answers, with their scores and notes', async () => {
    const text = ownReportText(await framework, doc, { format: 'md', minGroupSize: 3 }, ctx);
    expect(text).toMatch(/^# Your answers: A small example framework\n/);
    expect(text).toContain('not a result for the organisation');
    expect(text).toMatch(/\*\*Overall score: [\d.]+ out of 100\*\*/);
    expect(text).toContain('**Your notes:**');
    expect(text).toContain('> Nobody told me what would happen.');
    // One person's answers have no groups to compare: no role tables, no gaps.
    expect(text).not.toMatch(/\| role \||Perception gaps|suppressed|not shown/);
  });

  it('says so in JSON, and in HTML', async () => {
    const json = JSON.parse(
      ownReportText(await framework, doc, { format: 'json', minGroupSize: 3 }, ctx),
    ) as { ownAnswers: boolean; withheld: unknown; overall: { score: number | null } };
    expect(json).toMatchObject({ ownAnswers: true, withheld: null });
    expect(json.overall.score).not.toBeNull();
    const html = ownReportText(await framework, doc, { format: 'html', minGroupSize: 3 }, ctx);
    expect(html).toContain('<title>Your answers: A small example framework</title>');
    expect(html).toContain('Nobody told me what would happen.');
  });
});

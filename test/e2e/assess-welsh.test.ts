import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownQuestions } from '../../src/core/walk-plan.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { assess as cy } from '../../src/messages/assess.cy.js';
import { assess as en } from '../../src/messages/assess.en.js';
import { report as reportCy } from '../../src/messages/report.cy.js';
import { report as reportEn } from '../../src/messages/report.en.js';
import { ROOT, tempDir } from '../helpers.js';
import { HANG_MS, KEY, PtySession } from '../pty/session.js';
import { answersIn, expectWithinWidth } from '../pty/steps.js';

/**
 * A full walk-through of the bundled framework in Welsh (`--lang cy`), at 80 columns: every
 * fixed text (prompts, menus, status lines, the review, the closing) is attune's Welsh, none of
 * its English, every screen fits the reading width, and the answers and report are written.
 */

const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
const HINT = cy.keysHint ?? '';
/** Welsh texts wrapped at spaces: runs of spaces and line breaks as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const heading = /cwestiwn\s+\d+\s+o\s+\d+|Adolygu\s+eich\s+atebion/;

describe('a full walk-through in Welsh', { timeout: 5 * HANG_MS }, () => {
  it('speaks Welsh from the first prompt to the report', async () => {
    const dir = tempDir();
    const s = new PtySession(['assess', '--lang', 'cy', '--out', 'a.yaml'], { cwd: dir });
    const at = async (text: string | RegExp, n: number) => {
      await s.waitFor(text);
      await s.waitFor(HINT);
      await s.choose(n);
    };
    try {
      await s.waitFor(/Mae\s+eich\s+atebion\s+yn\s+cael\s+eu\s+cadw/);
      await at(/Fel\s+pa\s+grŵp\s+ydych\s+chi’n\s+ateb\?/, 1);
      await at(/Ydych\s+chi’n\s+ateb\s+ar\s+eich\s+pen\s+eich\s+hun/, 1);
      await s.waitFor('Gwasanaeth, tîm neu safle:');
      s.send(KEY.enter);
      await s.waitFor(/Mae’n\s+cymryd\s+tua/);
      await at('Barod i ddechrau?', 1);
      // Help on the first question, then back, then an answer to every question.
      await at(heading, 8);
      await at(/Pan\s+fyddwch\s+wedi’i\s+ddarllen:/, 1);
      for (;;) {
        const next = await s.waitFor(heading);
        await s.waitFor(HINT);
        if (next.startsWith('Adolygu')) break;
        await s.choose(2);
      }
      await s.choose(1);
      await s.waitFor(/Mae\s+eich\s+atebion\s+yn\s+gyflawn\s+ac\s+wedi’u\s+cadw\./);
      await s.waitFor('Adroddiad:');
      expect(await s.exit()).toEqual({ code: 0, signal: null });
    } finally {
      await s.close();
    }
    const doc = await answersIn(join(dir, 'a.yaml'), framework);
    expect(doc.status).toBe('completed');
    expect(doc.lang).toBe('cy');
    expect(Object.keys(doc.answers)).toHaveLength(shownQuestions(framework, doc).length);
    expectWithinWidth(s);
    // Everything drawn, the lists of choices included (the screen keeps only what was chosen).
    const screens = flat(s.log());
    for (const id of ['dontKnow', 'notApplicable', 'skip', 'pause', 'help', 'reviewTitle'] as const)
      expect(screens, id).toContain(flat(cy[id] ?? ''));
    // None of attune's own English on screen ("Don’t know" and "Not applicable" are left out:
    // the framework's English introduction, not yet in Welsh, names them).
    for (const id of ['keysHint', 'skip', 'pause', 'reviewTitle', 'welcomeSkip'] as const)
      expect(screens, id).not.toContain(en[id]);
    // The key findings on screen, and the report written beside the answers, in Welsh too.
    expect(screens).toContain(reportCy.keyFindings);
    expect(screens).not.toContain(reportEn.keyFindings);
    const report = readFileSync(join(dir, 'a.report.md'), 'utf8');
    expect(report).toContain(`## ${reportCy.summary}\n`);
    expect(report).not.toContain(`## ${reportEn.summary}\n`);
  });
});

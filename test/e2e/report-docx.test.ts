import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumersSkipped } from '../browser.js';
import { FIXTURES, README_EXAMPLE, ROOT, runCli, tempDir } from '../helpers.js';
import { PtySession } from '../pty/session.js';

/** The README's first command: three cycles, the plan, by unit. */
const EXAMPLE = ['report', ...README_EXAMPLE];
const ENV = { SOURCE_DATE_EPOCH: '1795000000' };
const TEAM = join(FIXTURES, 'answers', 'team');
const SMALL = join(FIXTURES, 'frameworks', 'small.yaml');

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The h2 and h3 headings of an HTML report, as text, leaving out the contents list's own. */
function htmlHeadings(html: string): string[] {
  return [...html.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)]
    .filter((m) => !(m[2] ?? '').includes('id="contents"'))
    .map((m) => `${m[1] === '2' ? 1 : 2} ${decode((m[3] ?? '').replace(/<[^>]+>/g, '')).trim()}`);
}

/** The paragraphs of word/document.xml in Heading 1 and 2 style, as text. */
function docxHeadings(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].flatMap((m) => {
    const body = m[1] ?? '';
    const level = /<w:pStyle w:val="Heading([12])"\/>/.exec(body)?.[1];
    if (level === undefined) return [];
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [`${level} ${decode(text).trim()}`];
  });
}

const unzip = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));

describe('report --format docx', () => {
  let dir: string;
  let docx: string;
  let html: string;

  beforeAll(async () => {
    dir = tempDir();
    docx = join(dir, 'report.docx');
    const w = await runCli([...EXAMPLE, '--format', 'docx', '--out', docx], { env: ENV });
    expect(w.stderr).toBe(`attune: wrote ${docx}\n`);
    expect(w.code).toBe(0);
    const h = await runCli([...EXAMPLE, '--format', 'html'], { env: ENV });
    expect(h.code).toBe(0);
    html = h.stdout;
  });

  it('has the HTML report’s headings, in the same order, as real Word headings', () => {
    const xml = strFromU8(unzip(docx)['word/document.xml'] as Uint8Array);
    const fromHtml = htmlHeadings(html);
    // The README's example has every section the improvement cycle added.
    for (const h of [
      '1 Key findings',
      '2 Areas to develop',
      '1 Across the cycles',
      "1 Targets and last cycle's actions",
      '1 Action plan',
      '1 Method',
      '1 Where this report came from',
    ])
      expect(fromHtml).toContain(h);
    expect(docxHeadings(xml)).toEqual(fromHtml);
    // The contents are a Word field over the headings; header rows repeat on each page.
    expect(xml.includes('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;')).toBe(
      true,
    );
    expect(xml.includes('<w:tblHeader/>')).toBe(true);
  });

  it('has the Welsh HTML report’s headings, in Welsh, with --lang cy', async () => {
    const out = join(dir, 'cy.docx');
    const w = await runCli([...EXAMPLE, '--lang', 'cy', '--format', 'docx', '--out', out], {
      env: ENV,
    });
    expect(w.code).toBe(0);
    const h = await runCli([...EXAMPLE, '--lang', 'cy', '--format', 'html'], { env: ENV });
    expect(h.code).toBe(0);
    const fromHtml = htmlHeadings(h.stdout);
    for (const heading of [
      '1 Prif ganfyddiadau',
      '2 Meysydd i’w datblygu',
      '1 Ar draws y cylchoedd',
      '1 Targedau, a chamau gweithredu’r cylch diwethaf',
      '1 Cynllun gweithredu',
      '1 Dull',
      '1 O ble y daeth yr adroddiad hwn',
    ])
      expect(fromHtml).toContain(heading);
    const parts = unzip(out);
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    expect(docxHeadings(xml)).toEqual(fromHtml);
    // Marked as Welsh, for Word's spelling and reading aloud; the English report is not marked.
    expect(strFromU8(parts['word/styles.xml'] as Uint8Array)).toContain('<w:lang w:val="cy-GB"/>');
    expect(strFromU8(unzip(docx)['word/styles.xml'] as Uint8Array)).not.toContain('<w:lang ');
    // No heading is the English report's: neither attune's own nor the framework's.
    const english = new Set(htmlHeadings(html));
    expect(fromHtml.filter((heading) => english.has(heading))).toEqual([]);
  });

  it('is a well-formed Word package: its parts are there and every XML part parses', () => {
    const parts = unzip(docx);
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
      expect(Object.keys(parts)).toContain(name);
    const xmlParts = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlParts.length).toBeGreaterThan(5);
    for (const name of xmlParts)
      expect([name, parses(strFromU8(parts[name] as Uint8Array))]).toEqual([name, true]);
  });

  it.skipIf(consumersSkipped)(
    'opens in LibreOffice: the text holds the findings, domains, an action, and no hidden number',
    async () => {
      if (!hasSoffice()) {
        // In CI (.ci/run installs it) the check must run.
        if (process.env.CI) throw new Error('soffice (libreoffice-writer) is not installed');
        console.warn(
          'soffice (libreoffice-writer) is not installed: the LibreOffice check is skipped',
        );
        return;
      }
      const json = await runCli([...EXAMPLE, '--format', 'json'], { env: ENV });
      const model = JSON.parse(json.stdout) as {
        domains: { title: string }[];
        actions: { text: string }[];
      };
      const text = flat(toPdfText(docx, dir));
      expect(text).toContain('Key findings');
      expect(text).toContain('Areas to develop');
      for (const d of model.domains) expect(text).toContain(flat(d.title));
      expect(text).toContain(flat(model.actions[0]?.text ?? 'no action'));
      // Every number the Word report shows, the HTML report shows too.
      const shown = numbersIn(flat(decode(html.replace(/<[^>]+>/g, ' '))));
      for (const n of numbersIn(text)) expect([n, shown.has(n)]).toEqual([n, true]);
    },
    300_000,
  );

  it('hides a small group exactly as the HTML report does', async () => {
    const out = join(dir, 'team.docx');
    const args = ['report', TEAM, '--framework', SMALL];
    const w = await runCli([...args, '--format', 'docx', '--out', out], { env: ENV });
    expect(w.code).toBe(0);
    const xml = strFromU8(unzip(out)['word/document.xml'] as Uint8Array);
    const h = await runCli([...args, '--format', 'html'], { env: ENV });
    // The one person who uses the service: with the threshold at 1, their scores; at 3, none.
    const lone = await runCli([...args, '--format', 'json', '--min-group-size', '1'], {
      env: ENV,
    });
    const roleScores = (
      JSON.parse(lone.stdout) as {
        domains: { byRole: Record<string, { score?: number | null }> }[];
      }
    ).domains.flatMap((d) => {
      const s = d.byRole['lived-experience']?.score;
      return typeof s === 'number' ? [s.toFixed(1)] : [];
    });
    expect(roleScores.length).toBeGreaterThan(0);
    const htmlText = flat(decode(h.stdout.replace(/<[^>]+>/g, ' ')));
    const docText = flat(decode(xml.replace(/<[^>]+>/g, ' ')));
    expect(docText).toContain('not shown');
    for (const s of roleScores)
      if (!numbersIn(htmlText).has(s)) expect(numbersIn(docText).has(s)).toBe(false);
    for (const n of numbersIn(docText)) expect([n, numbersIn(htmlText).has(n)]).toEqual([n, true]);
  });

  it('keeps control characters and markup from files out of the document, which stays well formed', async () => {
    const out = join(dir, 'hostile.docx');
    const H = join(FIXTURES, 'hostile');
    const r = await runCli([
      'report',
      TEAM,
      join(H, 'answers', 'terminal-controls.yaml'),
      '--framework',
      join(H, 'frameworks', 'terminal-controls.yaml'),
      '--by',
      'unit',
      '--min-group-size',
      '1',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const parts = unzip(out);
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    expect(parses(xml)).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml)).toBe(false);
    // The notes are there, as text.
    expect(xml).toContain('clipboard');
  });

  it('is refused on a terminal, with one line saying to use --out', async () => {
    const session = new PtySession([...EXAMPLE, '--format', 'docx'], { cwd: ROOT });
    const exit = await session.exited;
    expect(exit.code).toBe(2);
    expect(session.log()).toContain(
      'attune: a Word report is a binary file and is not written to the terminal; give a file name with --out report.docx',
    );
    expect(session.log()).not.toContain('PK');
  });

  it('goes to standard output when it is not a terminal, and is written atomically to a file', async () => {
    const piped = await runCli(['report', TEAM, '--framework', SMALL, '--format', 'docx']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
    // Never over an input: the answers file is left as it was.
    const target = join(dir, 'kept.yaml');
    writeFileSync(target, readFileSync(join(TEAM, 'staff-a.yaml')));
    const before = statSync(target).size;
    const r = await runCli([
      'report',
      target,
      TEAM,
      '--framework',
      SMALL,
      '--format',
      'docx',
      '--out',
      target,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one of this command's own inputs/);
    expect(statSync(target).size).toBe(before);
  });
});

/** True where the text is well-formed XML, else the validator's message. */
function parses(xml: string): true | string {
  try {
    return SyntaxValidator.validate(xml);
  } catch (error) {
    return (error as Error).message;
  }
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Scores as a report writes them: one decimal place. */
const numbersIn = (s: string) => new Set(s.match(/\d+\.\d/g) ?? []);

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 120_000 }).status === 0;
}

/** The Word file as LibreOffice reads it: converted to PDF, and the PDF's text. */
function toPdfText(docx: string, dir: string): string {
  const profile = join(dir, 'lo-profile');
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  const pdf = docx.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF: ${r.stderr}`);
  const t = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', timeout: 120_000 });
  if (t.status !== 0) throw new Error(`pdftotext failed: ${t.stderr}`);
  return t.stdout;
}

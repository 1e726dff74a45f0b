import { describe, expect, it } from 'vitest';
import type { TemplateSet } from '../../src/core/template-set.js';
import { escapeHtml, escapeMarkdown } from '../../src/render/escape.js';
import { compileTemplate } from '../../src/render/report/handlebars.js';
import { htmlText, reportWords } from '../../src/render/report/words.js';

/**
 * The report's own words: a message's text is escaped for the format, a parameter is put in
 * exactly as given (the view has escaped it already, or it is a template's markup), and never
 * read as message syntax; the `t` helper says them in any template, a custom one's included.
 */
const set = (template: string, partials: Record<string, string> = {}): TemplateSet => ({
  files: new Map([['report.html.hbs', template]]),
  partials: new Map(Object.entries(partials)),
  origin: new Map([['report.html.hbs', 'custom/report.html.hbs']]),
});

describe('report words', () => {
  it('put a text parameter in as given: escaped once by the view, never twice', () => {
    const say = reportWords('en', htmlText);
    const title = escapeHtml('Care & "support" <team>');
    expect(say('title', { title })).toBe(
      'Care &amp; &quot;support&quot; &lt;team&gt;: assessment report',
    );
  });

  it('never read a parameter as message syntax, nor as a slot of its own', () => {
    const say = reportWords('en', escapeMarkdown);
    for (const title of ['{count, plural, other {#}}', "it's '{'", '\uE0000\uE001', '#'])
      expect(say('title', { title })).toBe(`${title}: assessment report`);
  });

  it('escape the message’s own text for the format, and count in the language’s plurals', () => {
    const en = reportWords('en-GB', htmlText);
    expect(en('peopleCount', { count: 1 })).toBe('1 person');
    expect(en('peopleCount', { count: 1234 })).toBe('1,234 people');
    // The catalogue's text goes through the format's escaping: a code span is the template's.
    const md = reportWords('en', (text) => text.replace(/\(/g, '<'));
    expect(md('withheldLower', { code: '`--min-group-size`' })).toBe(
      "or, knowing that it may show one person's answers, lower the threshold with `--min-group-size`.",
    );
    expect(md('roleSuppressed', { size: 3 })).toBe('<fewer than 3: scores not shown)');
  });

  it('count in Welsh plural forms, with the mutation each number brings', () => {
    const say = reportWords('cy', htmlText);
    const counts = [0, 1, 2, 3, 6, 11];
    expect(counts.map((count) => say('peopleCount', { count }))).toEqual([
      '0 o bobl',
      '1 person',
      '2 berson',
      '3 pherson',
      '6 pherson',
      '11 o bobl',
    ]);
    expect(counts.map((count) => say('questionsCount', { count }))).toEqual([
      '0 cwestiwn',
      '1 cwestiwn',
      '2 gwestiwn',
      '3 chwestiwn',
      '6 chwestiwn',
      '11 cwestiwn',
    ]);
    // One person answers on their own in the singular; more, in the plural.
    expect(say('withheldText', { people: 1, size: 3 })).toMatch(
      /^Dim ond 1 person a atebodd ar ei ben ei hun, /,
    );
    expect(say('withheldText', { people: 2, size: 3 })).toMatch(
      /^Dim ond 2 berson a atebodd ar eu pen eu hunain, /,
    );
    // A language attune has no report words in is said in English.
    expect(reportWords('fr', htmlText)('peopleCount', { count: 2 })).toBe('2 people');
  });

  it('count a number given as text, and refuse a list or a map as a parameter', () => {
    const say = reportWords('en', htmlText);
    expect(say('peopleCount', { count: '1' })).toBe('1 person');
    expect(say('peopleCount', { count: '12' })).toBe('12 people');
    expect(() => say('scoreByRole', {})).toThrow('the message scoreByRole needs title');
    expect(() => say('scoreByRole', { title: { a: 1 } })).toThrow(
      'the message scoreByRole takes text or a number as title, not a list or a map',
    );
  });

  it('choose by a select parameter without printing it', () => {
    const say = reportWords('en', htmlText);
    const who = { responses: 2, workshops: 0, from: '1 May 2026', to: '9 May 2026' };
    expect(say('whoAnswered', { ...who, when: 'between' })).toBe(
      'Who answered: 2 responses, between 1 May 2026 and 9 May 2026.',
    );
    expect(say('whoAnswered', { ...who, when: 'none' })).toBe('Who answered: 2 responses.');
  });
});

describe('the t helper', () => {
  const words = reportWords('en', htmlText);

  it('says a message in a template and in a partial, with parameters from the view', () => {
    const render = compileTemplate(
      set('<h2>{{t "summary"}}</h2>{{> mine}}', {
        mine: '<p>{{t "scoreByRole" title=title}}</p>',
      }),
      'report.html.hbs',
      { words },
    );
    expect(render({ title: 'Safety &amp; trust' })).toBe(
      '<h2>Summary</h2><p>Safety &amp; trust: score by role</p>',
    );
  });

  it('fails loudly, naming the template, for a message it does not have', () => {
    const render = compileTemplate(set('{{t "noSuchMessage"}}'), 'report.html.hbs', { words });
    expect(() => render({})).toThrow(
      'custom/report.html.hbs: the t helper has no message "noSuchMessage"',
    );
    const proto = compileTemplate(set('{{t "toString"}}'), 'report.html.hbs', { words });
    expect(() => proto({})).toThrow('the t helper has no message "toString"');
  });
});

import { describe, expect, it } from 'vitest';
import {
  compiledMessages,
  messagesFor,
  messagesFromCompiled,
  placeholders,
  type Area,
  type Catalogue,
} from '../../src/core/messages.js';
import { assessArea } from '../../src/messages/assess.js';
import { formArea } from '../../src/messages/form.js';
import { formCommandArea } from '../../src/messages/form-command.js';
import { reportArea } from '../../src/messages/report.js';
import { readingEase } from '../frameworks/readability.js';

/**
 * attune's own words: every catalogue has every message, each with the same parameters as the
 * English, and each parses as ICU MessageFormat; counts follow the language's plural rules, and
 * a message a language lacks is said in English.
 */
const AREAS: Area<Catalogue>[] = [assessArea, formArea, formCommandArea, reportArea];

describe.each(AREAS.map((a) => [a.name, a] as const))('the %s catalogues', (_name, area) => {
  it('English parses, message by message', () => {
    for (const [id, text] of Object.entries(area.en))
      expect(() => placeholders(text, 'en'), id).not.toThrow();
  });

  it.each(Object.keys(area.translations))(
    '%s has every message, no other, with the same parameters',
    (lang) => {
      const own = area.translations[lang] ?? {};
      expect(Object.keys(own).sort()).toEqual(Object.keys(area.en).sort());
      const differ = Object.entries(own).flatMap(([id, text]) => {
        const want = placeholders(area.en[id] ?? '', 'en');
        const got = placeholders(text ?? '', lang);
        return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ id, want, got }];
      });
      expect(differ).toEqual([]);
    },
  );

  it('reads easily in English: Flesch reading ease of 70 or more over the whole catalogue', () => {
    const say = messagesFor(area, 'en');
    // Each message said as a sentence, with 3 for every parameter (a count, or a name).
    const text = Object.entries(area.en)
      .map(([id, t]) => say(id, Object.fromEntries(placeholders(t, 'en').map((p) => [p, 3]))))
      .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
      .join(' ');
    expect(readingEase(text)).toBeGreaterThanOrEqual(70);
  });

  it('formats the same from text and from messages parsed ahead (as the form does)', () => {
    for (const lang of ['en', ...Object.keys(area.translations)]) {
      const direct = messagesFor(area, lang);
      const ahead = messagesFromCompiled(compiledMessages(area, lang));
      for (const [id, text] of Object.entries(area.en)) {
        const params = Object.fromEntries(placeholders(text, 'en').map((p) => [p, 2]));
        expect(ahead(id, params), `${lang} ${id}`).toBe(direct(id, params));
      }
    }
  });
});

describe('messages', () => {
  it('follow Welsh plural rules: six forms, where English has two', () => {
    const cy = messagesFor(formArea, 'cy');
    const en = messagesFor(formArea, 'en-GB');
    const counts = [0, 1, 2, 3, 6, 11];
    const said = (say: typeof cy) =>
      counts.map((count) => say('questionCount', { count, time: '' }).trim());
    expect(said(cy)).toEqual([
      'Does dim cwestiwn i chi.',
      'Mae un cwestiwn i chi.',
      'Mae dau gwestiwn i chi.',
      'Mae tri chwestiwn i chi.',
      'Mae chwe chwestiwn i chi.',
      'Mae 11 cwestiwn i chi.',
    ]);
    expect(new Set(said(en)).size).toBe(counts.length);
    expect(said(en)[1]).toBe('There is 1 question for you.');
    expect(said(en)[2]).toBe('There are 2 questions for you.');
  });

  it('fall back to English per message, and for a language attune does not speak', () => {
    const area: Area<{ a: string; b: string }> = {
      name: 'test',
      en: { a: 'Hello {name}', b: 'Goodbye' },
      translations: { cy: { a: 'Helo {name}' } },
    };
    const cy = messagesFor(area, 'cy-GB');
    expect(cy('a', { name: 'Nia' })).toBe('Helo Nia');
    expect(cy('b')).toBe('Goodbye');
    expect(messagesFor(area, 'fr')('a', { name: 'Anne' })).toBe('Hello Anne');
  });

  it('put a parameter in as it is, never read as message syntax', () => {
    const say = messagesFor(formArea, 'en');
    expect(say('whoAbout', { unit: "{count, plural, other {#}} it's" })).toBe(
      ", about {count, plural, other {#}} it's",
    );
  });
});

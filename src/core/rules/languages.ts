import type { Path } from '../findings.js';
import { validTag } from '../languages.js';
import { own } from '../own.js';
import { forEachText } from '../texts.js';
import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Texts in several languages: tags that are real, and languages that cover what they claim. */
export const languages = family({
  title: 'Languages',
  rules: [
    {
      id: 'language-tag',
      severity: 'error',
      subject: 'framework',
      description: 'A language tag is not valid BCP 47.',
      failing: {
        yaml: 'title: { en-GB: An example framework, en-GBR: An example framework }\npartialLanguages: [en-GBR]\n',
      },
      passing: {
        yaml: 'title: { en-GB: An example framework, cy: Fframwaith enghreifftiol }\npartialLanguages: [cy]\n',
      },
    },
    {
      id: 'language-missing',
      severity: 'error',
      subject: 'framework',
      description: 'A text map has no text in the framework’s main language.',
      failing: { yaml: 'title: { cy: Fframwaith enghreifftiol }\npartialLanguages: [cy]\n' },
      passing: {
        yaml: 'title: { en-GB: An example framework, cy: Fframwaith enghreifftiol }\npartialLanguages: [cy]\n',
      },
    },
    {
      id: 'language-partial',
      severity: 'warning',
      subject: 'framework',
      description: 'A language covers only part of the texts.',
      failing: { yaml: 'title: { en-GB: An example framework, cy: Fframwaith enghreifftiol }\n' },
      passing: {
        yaml: 'title: { en-GB: An example framework, cy: Fframwaith enghreifftiol }\npartialLanguages: [cy]\n',
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const { doc, language: main } = ix;
    if (doc.language !== undefined && !validTag(doc.language))
      report('language-tag', ['language'], `"${doc.language}" is not a valid language tag`);
    doc.partialLanguages?.forEach((tag, i) => {
      if (!validTag(tag))
        report('language-tag', ['partialLanguages', i], `"${tag}" is not a valid language tag`);
    });
    let total = 0;
    const coverage = new Map<string, { count: number; first: Path }>();
    const badTags = new Set<string>();
    forEachText(doc, (text, path) => {
      total++;
      if (typeof text === 'string') return;
      if (own(text, main) === undefined)
        report(
          'language-missing',
          path,
          `this text has no ${main} version; ${main} is the framework's language, used when no other fits`,
        );
      for (const tag of Object.keys(text)) {
        if (!validTag(tag) && !badTags.has(tag)) {
          badTags.add(tag);
          report('language-tag', [...path, tag], `"${tag}" is not a valid language tag`, {
            target: 'key',
          });
        }
        if (tag === main) continue;
        const c = coverage.get(tag);
        if (c) c.count++;
        else coverage.set(tag, { count: 1, first: path });
      }
    });
    for (const [tag, { count, first }] of coverage) {
      if (count < total && !(doc.partialLanguages ?? []).includes(tag))
        report(
          'language-partial',
          first,
          `${tag} covers ${count} of ${total} texts; the rest show in ${main}. Translate them, or list ${tag} under partialLanguages`,
        );
    }
  },
});

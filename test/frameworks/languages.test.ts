import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { forEachText } from '../../src/core/texts.js';
import { ROOT } from '../helpers.js';

/**
 * A bundled framework that offers a language offers it whole: every text has a version in each
 * language it uses, unless the framework lists that language under `partialLanguages`. The test
 * names every text that lacks one, by its path in the file.
 */
const IDS = readdirSync(join(ROOT, 'frameworks'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

function doc(id: string): FrameworkDoc {
  return parse(readFileSync(join(ROOT, 'frameworks', `${id}.yaml`), 'utf8')) as FrameworkDoc;
}

/** For each language other than the main one: the texts without it, and the texts that have it. */
function coverage(d: FrameworkDoc): Map<string, { missing: string[]; texts: string[] }> {
  const main = d.language ?? 'en-GB';
  const all: { path: string; tags: string[]; value: Record<string, string> }[] = [];
  forEachText(d, (text, path) => {
    const value = typeof text === 'string' ? { [main]: text } : text;
    all.push({ path: path.join('.'), tags: Object.keys(value), value });
  });
  const result = new Map<string, { missing: string[]; texts: string[] }>();
  for (const tag of new Set(all.flatMap((t) => t.tags))) {
    if (tag === main) continue;
    result.set(tag, {
      missing: all.filter((t) => !t.tags.includes(tag)).map((t) => t.path),
      texts: all.flatMap((t) => (t.value[tag] === undefined ? [] : [t.value[tag]])),
    });
  }
  return result;
}

describe.each(IDS)('%s', (id) => {
  it('has every text in each language it offers, unless that language is declared partial', () => {
    const d = doc(id);
    const partial = new Set(d.partialLanguages ?? []);
    for (const [tag, { missing }] of coverage(d)) {
      if (partial.has(tag)) continue;
      expect(missing, `texts with no ${tag}`).toEqual([]);
    }
  });
});

describe('trauma-informed-organisation in Welsh', () => {
  it('is complete in cy: no language is partial, and every text has Welsh of its own', () => {
    const d = doc('trauma-informed-organisation');
    expect(d.language).toBe('en-GB');
    expect(d.partialLanguages ?? []).toEqual([]);
    const cy = coverage(d).get('cy');
    expect(cy?.missing).toEqual([]);
    // Not English copied under cy: no Welsh text is the same as its English one.
    const copied: string[] = [];
    forEachText(d, (text, path) => {
      if (typeof text !== 'string' && text.cy === text['en-GB']) copied.push(path.join('.'));
    });
    expect(copied).toEqual([]);
    // Every Welsh text is one paragraph of prose: no stray line breaks or doubled spaces.
    expect(cy?.texts.filter((t) => /\n|\s\s|^\s|\s$/.test(t))).toEqual([]);
  });
});

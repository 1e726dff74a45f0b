import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/**
 * The findings a fixture declares in its own comments: `# expect: rule line:col` (in this file)
 * or `# expect: rule other.yaml:line:col`, sorted. A JSON Lines fixture, which cannot hold
 * comments, declares them in a file beside it named `<fixture>.expect`.
 */
export function expectations(dir: string, file: string): string[] {
  const declared = file.endsWith('.jsonl') ? `${file}.expect` : file;
  const text = readFileSync(join(ROOT, dir, declared), 'latin1');
  return [...text.matchAll(/^# expect: (\S+) (\S+)\r?$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
}

/** The `invalid-*` fixtures of a folder, sorted. */
export function invalidFixtures(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.startsWith('invalid-') && /\.(ya?ml|json|jsonl)$/.test(f))
    .sort();
}

import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { digestList } from '../core/schema/provenance.js';
import { readChunks } from './read-file.js';

/**
 * SHA-256 digests for a report's provenance, each of a file's bytes exactly as on disk (read in
 * chunks, so a JSON Lines file of any size takes little memory). A set of files has one digest
 * over theirs (digestList), which anyone can work out again with sha256sum.
 */
export async function fileDigest(abs: string, shown: string = abs): Promise<string> {
  const hash = createHash('sha256');
  await readChunks(abs, shown, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}

export const sha256Text = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

export const sha256Bytes = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * The answers: each real file's digest (the reader has already counted each file once, however
 * many paths reach it, and taken each digest as it read the file), sorted, one a line, and the
 * SHA-256 of that: the order in which files were given or found does not change it.
 */
export function answersDigest(
  files: readonly string[],
  digests: ReadonlyMap<string, string>,
): { files: number; sha256: string } {
  const list = files.map((f) => {
    const digest = digests.get(f);
    if (digest === undefined) throw new Error(`no digest taken of ${f}`);
    return digest;
  });
  list.sort();
  return { files: files.length, sha256: sha256Text(digestList(list)) };
}

/**
 * A framework: one file's own SHA-256; with `extends`, the SHA-256 over the digests of each file
 * in the chain, its own file first (one a line). Each file is named by its base name only.
 */
export async function frameworkDigest(
  chain: readonly string[],
): Promise<{ sha256: string; files: { name: string; sha256: string }[] }> {
  const files: { name: string; sha256: string }[] = [];
  for (const abs of chain) files.push({ name: basename(abs), sha256: await fileDigest(abs) });
  const only = files.length === 1 ? files[0] : undefined;
  return {
    sha256: only ? only.sha256 : sha256Text(digestList(files.map((f) => f.sha256))),
    files,
  };
}

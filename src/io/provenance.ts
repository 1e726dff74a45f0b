import type { Provenance } from '../core/schema/provenance.js';
import type { Collected } from './collect-answers.js';
import { answersDigest, frameworkDigest } from './digests.js';
import { packageVersion } from './package-paths.js';

/**
 * The part of a report's provenance that the answers and the framework give: attune's version,
 * the framework's chain of files and the answers files, by their SHA-256 digests.
 */
export async function inputsProvenance(
  collected: Collected,
): Promise<Pick<Provenance, 'attune' | 'framework' | 'answers'>> {
  const f = collected.framework;
  const chain = f.chain ?? (f.file === undefined ? [] : [f.file]);
  return {
    attune: packageVersion(),
    framework: { id: f.id, version: f.version, ...(await frameworkDigest(chain)) },
    answers: {
      ...answersDigest(collected.files, collected.digests),
      skipped: collected.skipped.length,
    },
  };
}

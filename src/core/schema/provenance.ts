import * as z from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hexadecimal');
const count = z.number().int().min(0);

/**
 * Where a report came from (README, "Where a report came from"): attune's version, the framework
 * and the answers by their SHA-256 digests, and every option that changes what the report shows.
 * File names at most, never a folder: a report handed over must not carry someone's paths, and
 * answers files are not named at all (their names may be people's).
 */
export const provenanceSchema = z
  .object({
    attune: z.string().min(1),
    framework: z
      .object({
        id: z.string(),
        version: z.string(),
        /** One file: the SHA-256 of its bytes; with `extends`, of its chain (see frameworkDigest). */
        sha256,
        /** The framework's own file first, then the one it extends, and so on. */
        files: z.array(z.object({ name: z.string(), sha256 }).strict()),
      })
      .strict(),
    answers: z
      .object({
        /** Real files read (each once, however many paths reach it). */
        files: count,
        /** The SHA-256 of their sorted digests, one a line (see answersDigest). */
        sha256,
        /** Sets of answers left out with --skip-invalid. */
        skipped: count,
      })
      .strict(),
    options: z
      .object({
        minGroupSize: z.number().int().min(1),
        lang: z.string().nullable(),
        by: z.enum(['unit', 'role']).nullable(),
        skipInvalid: z.boolean(),
        invited: z.array(z.string()),
        labels: z.array(z.string()),
      })
      .strict(),
    plan: z.object({ name: z.string(), sha256 }).strict().nullable(),
    compare: z.array(
      z
        .object({
          label: z.string().nullable(),
          kind: z.enum(['report', 'answers']),
          files: count,
          sha256,
        })
        .strict(),
    ),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * A digest over a list of digests: each in hexadecimal followed by a newline, in the order given,
 * then the SHA-256 of that text. The caller sorts answers' digests (so the order of files does
 * not matter) and keeps a framework chain's order (own file first).
 */
export const digestList = (digests: readonly string[]): string =>
  digests.map((d) => `${d}\n`).join('');

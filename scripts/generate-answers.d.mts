// Types for the answers generator, for the tests that use it.
import type { AnswersDoc, Framework } from '../src/index.js';

export function generate(
  framework: Framework,
  count: number,
  options?: { seed?: number; units?: number; year?: number },
): AnswersDoc[];
export function random(seed: number): () => number;

/**
 * Internal modules that attune's own scripts, benchmarks and tests of the built code load from
 * dist/dev/internals.js (built beside the package, never shipped in it). Not part of the API:
 * see src/index.ts for that.
 */
export { answersText, loadAnswers, saveAnswers } from './io/answers-file.js';
export { visibleQuestions } from './core/conditions.js';
export { FrameworkLoader } from './io/load-framework.js';
export { rulesDoc } from './render/rules-doc.js';

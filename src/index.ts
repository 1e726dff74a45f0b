/**
 * attune's programmatic API: what another program (and most tests) import.
 */
export { AttuneError, Cancelled, InputError, ProblemsFound } from './core/errors.js';
export type { Finding, Issue, Path } from './core/findings.js';
export { RULES, RULE_IDS, type RuleId, type Severity } from './core/rules.js';
export { frameworkSchema, overlaySchema, type FrameworkDoc } from './core/schema/framework.js';
export { answersSchema, type AnswersDoc } from './core/schema/answers.js';
export { jsonSchema, type SchemaKind } from './core/json-schema.js';
export {
  normalise,
  pickText,
  stageFor,
  type Framework,
  type Question,
  type Domain,
  type Scale,
} from './core/framework.js';
export { isLanguageTag, languagesOf, matchLanguage } from './core/languages.js';
export { resolvedDoc } from './core/resolved.js';
export { FrameworkLoader, type LoadedFramework } from './io/load-framework.js';
export { listFrameworks } from './io/list-frameworks.js';
export type { ListedFramework } from './core/listed-framework.js';
export { validateFrameworkPaths, type ValidationResult } from './io/validate-files.js';
export { findingsFormatters, type FindingsFormat } from './render/findings/index.js';
export { outlineMarkdown, outlineJson } from './render/outline.js';
export { rulesDoc } from './render/rules-doc.js';
export { checkAnswers } from './core/answers.js';
export { loadAnswers, saveAnswers, answersText, type LoadedAnswers } from './io/answers-file.js';
export { writeFileSafely } from './io/write-file.js';
export { visibleQuestions, isShown, conditionHolds } from './core/conditions.js';
export { buildReport, type ReportModel } from './core/report-model.js';
export { newTally, countAnswers, type Tally } from './core/tally.js';
export { collectAnswers } from './io/collect-answers.js';
export {
  answerQuestion,
  nextAfter,
  noteQuestion,
  positionOf,
  previousBefore,
  removedQuestions,
  resumePoint,
  shownQuestions,
  skipQuestion,
  statusOf,
  summarise,
  type Change,
  type DomainSummary,
  type Position,
  type QuestionStatus,
} from './core/walk-plan.js';
export {
  lockAnswers,
  lockFileOf,
  tryLockAnswers,
  type AnswersLock,
  type LockOwner,
} from './io/answers-lock.js';
export {
  claimDefaultAnswersFile,
  claimNamedAnswersFile,
  defaultAnswersName,
} from './io/new-answers-file.js';
export { loadForResume, type ResumedAnswers } from './io/resume-answers.js';
export {
  askWho,
  newAnswers,
  walkThrough,
  type QuestionAction,
  type ReviewAction,
  type WalkDeps,
  type WalkEnd,
  type Who,
} from './cli/assess/walk.js';
export type {
  Asker,
  Choice,
  ChoicePrompt,
  PromptKind,
  Separator,
  TextPrompt,
} from './cli/assess/asker.js';
export {
  formModel,
  formQuestions,
  type FormModel,
  type FormQuestion,
  type FormOptions,
} from './core/form-model.js';
export {
  answersDoc as formAnswersDoc,
  restoreState as restoreFormState,
  type FormState,
} from './core/form-state.js';
export { renderForm } from './render/form.js';
export type { FormAssets } from './core/form-model.js';
export { formAssets } from './io/form-assets.js';
export {
  importTable,
  planColumns,
  type Table,
  type Column,
  type ImportNote,
  type ImportResult,
} from './core/import-map.js';
export { parseCell, parseRole } from './core/import-values.js';
export { columnMapSchema, type ColumnMap } from './core/schema/column-map.js';
export { readCsv, type CsvFile } from './io/import-csv.js';
export { loadColumnMap } from './io/column-map-file.js';
export { writeImported, importedName } from './io/import-output.js';

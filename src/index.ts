/**
 * attune's public API: what another program imports (README, "Using attune from a program").
 * Everything else in src/ is internal: attune's own tests import it from its module.
 */
export {
  buildReport,
  jsonSchema,
  listFrameworks,
  loadFramework,
  readAnswers,
  render,
  renderDocx,
  validateFramework,
  validateFrameworkFiles,
  type Answers,
  type FilesValidation,
  type ReadAnswersOptions,
  type RenderOptions,
  type ReportFormat,
  type ReportOptions,
  type ValidateOptions,
  type Validation,
} from './api.js';
export { AttuneError, InputError } from './core/errors.js';
export type { Finding } from './core/findings.js';
export type { Framework } from './core/framework.js';
export type { SchemaKind } from './core/json-schema.js';
export type { ListedFramework } from './core/listed-framework.js';
export type { ReportModel } from './core/report-model.js';
export type { Severity } from './core/rules.js';
export type { AnswersDoc } from './core/schema/answers.js';
export type { FrameworkDoc } from './core/schema/framework.js';

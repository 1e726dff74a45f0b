/**
 * The report model and the job that builds it. The builders live in core/report/, one per
 * section; this module is the one place the rest of attune imports them from.
 */
export type {
  ActionResult,
  AreaResult,
  ByGroup,
  ByGroupRow,
  Coverage,
  DomainResult,
  QuestionResult,
  ReportModel,
  RoleScore,
  Withheld,
} from './report/model.js';
export { buildReport, type ModelOptions } from './report/build.js';
export { orderedRoles, orderedUnits } from './report/context.js';
export {
  decideDisclosure,
  HIDDEN,
  levelOf,
  roleShown,
  unitShown,
  type Disclosure,
  type Level,
  type QuestionDisclosure,
} from './report/suppression.js';

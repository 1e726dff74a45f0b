/**
 * attune as a library: the same checks, numbers and reports as the command line, for another
 * program. Each function here calls into the layers (io reads, core decides, render writes
 * strings) and nothing prints or prompts. Internal modules may be renamed at will; only this file
 * then changes, and the names src/index.ts exports stay as they are.
 */
import { resolve } from 'node:path';
import { scoreSetSchema } from './core/compare.js';
import { addHistory } from './core/report/build.js';
import { InputError } from './core/errors.js';
import type { Finding } from './core/findings.js';
import type { Framework } from './core/framework.js';
import { jsonSchema as schemaOf, type SchemaKind } from './core/json-schema.js';
import { isLanguageTag } from './core/languages.js';
import type { ListedFramework } from './core/listed-framework.js';
import { buildReport as modelOf, type ReportModel } from './core/report-model.js';
import { buildKeyFindings } from './core/report/findings.js';
import { oneLine } from './core/sanitize.js';
import type { Provenance } from './core/schema/provenance.js';
import { collectAnswers, type Collected } from './io/collect-answers.js';
import { sha256Text } from './io/digests.js';
import { inputsProvenance } from './io/provenance.js';
import { listFrameworks as listed } from './io/list-frameworks.js';
import { diskFiles, heldFiles } from './io/framework-files.js';
import { FrameworkLoader } from './io/load-framework.js';
import { loadTemplates } from './io/templates.js';
import { validateFrameworkPaths } from './io/validate-files.js';
import { actionsCsv, domainsCsv } from './render/report/csv.js';
import { reportHtml, reportJson, reportMarkdown } from './render/report/render.js';

export interface ValidateOptions {
  /**
   * What the text is called in findings, and where a relative `extends` path starts from
   * (default `framework.yaml`, in `cwd`).
   */
  file?: string;
  /**
   * The folder that `file`, the paths in `files` and local framework ids are found from
   * (default: the working folder).
   */
  cwd?: string;
  /**
   * Other frameworks held in memory, by path (relative to `cwd`): `extends` finds them before
   * any file on disk. An `extends` by id finds the bundled frameworks and those in
   * `<cwd>/frameworks`, as on the command line.
   */
  files?: Readonly<Record<string, string>>;
}

export interface Validation {
  /** Whether the framework has no errors (it may still have warnings). */
  valid: boolean;
  /**
   * Everything found in the text and in the frameworks it extends, sorted by file and position:
   * the findings `attune validate --format json` prints.
   */
  findings: Finding[];
  /** The framework ready to use, where it is valid. */
  framework?: Framework;
}

/** Validates a framework's YAML text without writing it anywhere. */
export async function validateFramework(
  text: string,
  options: ValidateOptions = {},
): Promise<Validation> {
  if (typeof text !== 'string') throw new InputError('validateFramework takes the YAML text');
  const cwd = resolve(options.cwd ?? process.cwd());
  const file = options.file ?? 'framework.yaml';
  const held = new Map<string, string>();
  for (const [path, other] of Object.entries(options.files ?? {})) {
    if (typeof other !== 'string')
      throw new InputError(`files: ${oneLine(path, 80)} is not the YAML text of a framework`);
    held.set(resolve(cwd, path), other);
  }
  held.set(resolve(cwd, file), text);
  const loaded = await new FrameworkLoader(cwd, heldFiles(diskFiles(cwd), held)).load(file, file);
  const findings = loaded.findings.map((f) => ({ ...f, message: oneLine(f.message) }));
  const framework = loaded.framework;
  return framework ? { valid: true, findings, framework } : { valid: false, findings };
}

export interface FilesValidation {
  /** The files checked: those given, then any framework they extend. */
  files: string[];
  findings: Finding[];
}

/** Validates framework files, folders and globs, as `attune validate` does. */
export function validateFrameworkFiles(
  paths: readonly string[],
  options: { cwd?: string } = {},
): Promise<FilesValidation> {
  return validateFrameworkPaths(paths, resolve(options.cwd ?? process.cwd()));
}

/**
 * A framework ready to use, by bundled or local id (`<cwd>/frameworks`) or by path. Throws an
 * `InputError` naming the first error where it is missing or not valid.
 */
export function loadFramework(ref: string, options: { cwd?: string } = {}): Promise<Framework> {
  return new FrameworkLoader(resolve(options.cwd ?? process.cwd())).require(ref);
}

/** Every framework that can be named by id: the bundled ones, then those in `<cwd>/frameworks`. */
export function listFrameworks(options: { cwd?: string } = {}): Promise<ListedFramework[]> {
  return listed(resolve(options.cwd ?? process.cwd()));
}

export interface ReadAnswersOptions {
  /** The folder paths are relative to (default: the working folder). */
  cwd?: string;
  /**
   * The framework to check and count the answers against: an id, a path, or what
   * `loadFramework` returned (default: the one the answers name).
   */
  framework?: string | Framework;
  /**
   * Leave out answers that cannot be used, listing them in `skipped`, rather than throw an
   * `InputError` (`--skip-invalid`).
   */
  skipInvalid?: boolean;
}

/** Answers read, checked and counted: what `buildReport` takes. */
export interface Answers {
  readonly framework: Framework;
  /** Sets of answers counted: answers files, and lines of JSON Lines files. */
  readonly counted: number;
  /** Answers left out (with `skipInvalid`), each with what is wrong with it. */
  readonly skipped: readonly { readonly file: string; readonly findings: readonly Finding[] }[];
  /** Warnings about answers that were counted. */
  readonly warnings: readonly Finding[];
}

/** What was counted, kept out of sight: the public type carries no internal counts. */
const counts = new WeakMap<Answers, Collected>();

/**
 * Reads answers files, folders, globs and JSON Lines files, checks every set of answers against
 * the framework and counts them. Answers that cannot be used throw an `InputError` naming the
 * file and position, unless `skipInvalid`.
 */
export async function readAnswers(
  paths: readonly string[],
  options: ReadAnswersOptions = {},
): Promise<Answers> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const collected = await collectAnswers(paths, {
    cwd,
    loader: new FrameworkLoader(cwd),
    ...(options.framework !== undefined && { framework: options.framework }),
    skipInvalid: options.skipInvalid ?? false,
  });
  const answers: Answers = {
    framework: collected.framework,
    counted: collected.documents - collected.skipped.length,
    skipped: collected.skipped.map((s) => ({ file: s.file, findings: s.findings })),
    warnings: collected.warnings,
  };
  counts.set(answers, collected);
  inputs.set(answers, {
    ...(await inputsProvenance(collected)),
    skipInvalid: options.skipInvalid ?? false,
  });
  return answers;
}

/** Where the answers and the framework came from, for each report's provenance. */
const inputs = new WeakMap<
  Answers,
  Pick<Provenance, 'attune' | 'framework' | 'answers'> & { skipInvalid: boolean }
>();

const GROUPS: readonly string[] = ['unit', 'role'];

export interface ReportOptions {
  /** Groups (roles, units) smaller than this are hidden in every number (default 3). */
  minGroupSize?: number;
  /** Scores side by side per unit or per role. */
  by?: 'unit' | 'role';
  /** The language of the framework's texts, e.g. `cy` (default: the framework's own). */
  lang?: string;
  /** The date the report carries (default: now). */
  now?: Date;
  /**
   * An earlier report of the same framework to compare with: a model `buildReport` returned,
   * or the parsed JSON of a report `attune report --format json` wrote.
   */
  compare?: ReportModel;
}

/** The report: every number worked out once, from answers `readAnswers` returned. */
export function buildReport(answers: Answers, options: ReportOptions = {}): ReportModel {
  const collected = counts.get(answers);
  if (!collected) throw new InputError('buildReport takes the answers readAnswers returned');
  const minGroupSize = options.minGroupSize ?? 3;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1)
    throw new InputError(`minGroupSize ${minGroupSize}: give a whole number of 1 or more`);
  // Checked as well as typed: JavaScript callers have no types to stop them.
  const by: unknown = options.by;
  if (by !== undefined && !GROUPS.includes(by as string))
    throw new InputError('by: use unit or role');
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new InputError('now: give a valid Date');
  if (options.lang !== undefined && !isLanguageTag(options.lang))
    throw new InputError(
      `lang ${oneLine(options.lang, 40)}: not a language tag, such as en-GB or cy`,
    );
  const model = modelOf(collected.tally, {
    minGroupSize,
    now: now.toISOString(),
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.by !== undefined && { by: options.by }),
  });
  if (options.compare !== undefined) {
    addHistory(model, [{ scores: earlier(options.compare, model) }], undefined);
    model.keyFindings = buildKeyFindings(model);
  }
  const from = inputs.get(answers);
  if (from) {
    const { skipInvalid, ...rest } = from;
    model.provenance = {
      ...rest,
      options: {
        minGroupSize,
        lang: options.lang ?? null,
        by: options.by ?? null,
        skipInvalid,
        invited: [],
        labels: [],
      },
      plan: null,
      // An earlier report given as a model or as parsed JSON: the digest of its JSON report,
      // which is that of the file attune wrote it to.
      compare:
        options.compare === undefined
          ? []
          : [
              {
                label: null,
                kind: 'report',
                files: 1,
                sha256: sha256Text(reportJson(options.compare)),
              },
            ],
    };
  }
  return model;
}

function earlier(report: unknown, now: ReportModel) {
  const parsed = scoreSetSchema.safeParse(report);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InputError(
      `compare: not a report of attune (${first ? `${first.path.join('.')}: ${first.message}` : 'unexpected shape'})`,
    );
  }
  if (parsed.data.framework.id !== now.framework.id)
    throw new InputError(
      `compare: the earlier report is of framework "${oneLine(parsed.data.framework.id)}", not "${now.framework.id}"`,
    );
  return parsed.data;
}

export type ReportFormat = 'md' | 'html' | 'json' | 'csv';

export interface RenderOptions {
  /**
   * A folder of templates that replace the bundled ones by file name (`report.md.hbs`,
   * `report.html.hbs`, `report.css`, `partials/*.hbs`, a logo), as `--template` (md and html).
   */
  templates?: string;
  /**
   * With `csv`: the table of actions or of domain scores (default `actions`). The tidy table of
   * every response is the command line's (`--csv-table responses`).
   */
  table?: 'actions' | 'domains';
}

/** The report as text, in the same format `attune report --format` writes. */
export function render(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): string {
  switch (format) {
    case 'json':
      return reportJson(model);
    case 'csv': {
      const table: string = options.table ?? 'actions';
      if (table === 'actions') return actionsCsv(model);
      if (table === 'domains') return domainsCsv(model);
      throw new InputError(`table ${oneLine(table, 20)}: use actions or domains`);
    }
    case 'md':
      return reportMarkdown(model, templates(options.templates));
    case 'html':
      return reportHtml(model, templates(options.templates));
    default:
      throw new InputError(`format ${oneLine(String(format), 20)}: use md, html, json or csv`);
  }
}

/**
 * The report as a Word document (`attune report --format docx`): the same content, in the same
 * order, as the HTML report, with real headings, a contents field and repeating table headers.
 */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  // The Word writer is large: loaded only when asked for.
  const { reportDocx } = await import('./render/report/docx.js');
  return reportDocx(model);
}

const templates = (folder: string | undefined) =>
  loadTemplates(folder === undefined ? undefined : resolve(folder), folder);

/** The JSON Schema (2020-12) of a framework file or an answers file, for editors and tools. */
export function jsonSchema(kind: SchemaKind = 'framework'): Record<string, unknown> {
  return schemaOf(kind);
}

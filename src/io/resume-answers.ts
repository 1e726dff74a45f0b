import { InputError } from '../core/errors.js';
import { isError, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { removedQuestions } from '../core/walk-plan.js';
import { loadAnswers } from './answers-file.js';

export interface ResumedAnswers {
  doc: AnswersDoc;
  /** Questions answered in the file that the framework no longer has: kept, but not used. */
  removed: string[];
  /** Findings worth a word that do not stop the walk-through (warnings). */
  warnings: Finding[];
}

/** Reads the framework id an answers file names, for `--resume` without `--framework`. */
export async function answersFrameworkId(path: string, shown: string): Promise<string> {
  const loaded = await loadAnswers(path, shown);
  if (!loaded.doc) throw unusable(shown, loaded.findings);
  return loaded.doc.framework.id;
}

/**
 * Reads an answers file to carry on with. Refused (exit 2): a file of the wrong shape, for
 * another framework or another major version of it, or with an unknown role or a value outside
 * its scale. Accepted with a warning: answers to questions the framework no longer has (an
 * update removed them). They stay in the file, untouched, but the walk-through ignores them.
 */
export async function loadForResume(
  path: string,
  shown: string,
  framework: Framework,
): Promise<ResumedAnswers> {
  const checked = await loadAnswers(path, shown, framework);
  const blocking = checked.findings.filter(
    (f) => isError(f) && f.rule !== 'answers-unknown-question',
  );
  if (blocking.length > 0) throw unusable(shown, blocking, framework);
  const doc = checked.doc ?? (await loadAnswers(path, shown)).doc;
  if (!doc) throw unusable(shown, checked.findings);
  return {
    doc,
    removed: removedQuestions(framework, doc),
    warnings: checked.findings.filter((f) => f.severity === 'warning'),
  };
}

function unusable(shown: string, findings: readonly Finding[], framework?: Framework): InputError {
  const first = findings[0];
  if (!first) return new InputError(`${shown}: cannot be read as an answers file`);
  const more = findings.length - 1;
  const advice =
    first.rule === 'answers-version' && framework
      ? `; carry on with the version these answers were started with (--framework path/to/it), or start a new assessment`
      : first.rule === 'answers-framework'
        ? '; leave out --framework to use the framework the file names'
        : '';
  return new InputError(
    `${first.file}:${first.line}:${first.column}: ${first.message}${advice}${more > 0 ? ` (and ${more} more)` : ''}`,
  );
}

import { scoreSetSchema, type ScoreSet } from '../core/compare.js';
import { InputError } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import { MB, readText, textProblemFinding } from './read-text.js';

/** A JSON report quotes every note, so a national one can be large; far beyond any real one. */
export const REPORT_SIZE_LIMIT = 256 * MB;

/**
 * A JSON report file, read under the size limit (a device, a pipe or a file too large is refused
 * with one line naming it) and parsed: its data, or `undefined` data where it is not JSON.
 */
export async function readJsonReport(
  path: string,
  shown: string,
  what: string,
): Promise<{ text: string; data: unknown }> {
  const read = await readText(path, REPORT_SIZE_LIMIT, shown);
  if (!read.ok)
    throw new InputError(`${shown}: ${textProblemFinding(read.problem, shown, what).message}`);
  try {
    return { text: read.text, data: JSON.parse(read.text) as unknown };
  } catch {
    return { text: read.text, data: undefined };
  }
}

/**
 * An earlier JSON report for `--compare`: the scores it published, checked (every score a
 * number from 0 to 100 or null, every count a whole number), so that nothing in the file can
 * make the comparison print Infinity or nonsense. Undefined where the file is not a report but
 * JSON answers (or not JSON at all), to be read as answers.
 */
export async function readEarlierReport(
  path: string,
  shown: string,
): Promise<ScoreSet | undefined> {
  const { data } = await readJsonReport(path, shown, 'earlier reports');
  if (typeof data !== 'object' || data === null || !('overall' in data) || 'answers' in data)
    return undefined;
  const parsed = scoreSetSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') ?? '';
    throw new InputError(
      `${shown}: not a JSON report of attune that can be compared with (${oneLine(
        first ? `${where ? `${where}: ` : ''}${first.message}` : 'unexpected shape',
        200,
      )})`,
    );
  }
  return parsed.data;
}

import * as z from 'zod';
import { id } from './common.js';

const header = z.string().min(1, 'a column header may not be empty');

/**
 * `attune import --map map.yaml`: which column of a spreadsheet holds which question, for
 * exports whose headers are neither question ids nor question texts.
 */
export const columnMapSchema = z
  .strictObject({
    questions: z
      .record(header, id('The id of the question this column answers.'))
      .describe('Column header → question id.')
      .optional(),
    role: header.describe('The header of the column that holds the respondent role.').optional(),
    unit: header
      .describe('The header of the column that holds the service, team or site.')
      .optional(),
    ignore: z
      .array(header)
      .describe('Headers of columns to leave out without a word (a timestamp, say).')
      .optional(),
  })
  .describe('How the columns of a CSV export map to a framework’s questions.');

export type ColumnMap = z.infer<typeof columnMapSchema>;

import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../core/errors.js';
import type { Table } from '../core/import-map.js';
import { oneLine } from '../core/sanitize.js';
import { MB, readBytes } from './read-file.js';
import { sizeOf } from './read-text.js';

/** A spreadsheet export of a few thousand respondents is a few MB; 50 MB is far beyond one. */
export const CSV_SIZE_LIMIT = 50 * MB;

export type CsvEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface CsvFile extends Table {
  encoding: CsvEncoding;
  delimiter: string;
}

/**
 * Reads a CSV export as spreadsheets and online forms write it: UTF-8 with or without a byte
 * order mark, Excel's UTF-16 ("Unicode text", little-endian with a BOM, often tab-separated),
 * or Excel's older Windows-1252 "CSV"; separated by commas, semicolons or tabs, whichever
 * splits the header line into most columns. Quoting and line breaks inside quoted fields are
 * csv-parse's.
 */
export async function readCsv(path: string, shown: string = path): Promise<CsvFile> {
  const read = await readBytes(path, CSV_SIZE_LIMIT, shown);
  if (!read.ok) {
    throw new InputError(
      `${oneLine(shown)}: the file is ${sizeOf(read)}; attune imports CSV files up to ${CSV_SIZE_LIMIT / MB} MB`,
    );
  }
  const bytes = read.bytes;
  const { text, encoding } = decodeCsv(bytes, shown);
  if (text.trim() === '') throw new InputError(`${shown}: the file is empty`);
  const delimiter = sniffDelimiter(text);
  const records = parseCsv(text, delimiter, shown);
  const [headers = [], ...rows] = records;
  return { headers, rows, encoding, delimiter };
}

export function decodeCsv(
  bytes: Uint8Array,
  shown: string,
): { text: string; encoding: CsvEncoding } {
  const decode = (label: string, fatal = false) =>
    new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be'), encoding: 'UTF-16BE' };
  if (bytes.includes(0)) {
    throw new InputError(
      `${shown}: this is not a text file (CSV); save the spreadsheet as "CSV UTF-8" and try again`,
    );
  }
  try {
    return { text: decode('utf-8', true), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: what Excel on Windows writes for "CSV (Comma delimited)".
    return { text: decode('windows-1252'), encoding: 'Windows-1252' };
  }
}

const CANDIDATES = [',', ';', '\t'] as const;

/** The separator that splits the header record into most fields (a comma where none does). */
export function sniffDelimiter(text: string): string {
  let best: string = ',';
  let most = 1;
  for (const delimiter of CANDIDATES) {
    try {
      const [header] = parse(text, {
        delimiter,
        to: 1,
        relax_quotes: true,
        relax_column_count: true,
      });
      const fields = header?.length ?? 0;
      if (fields > most) {
        best = delimiter;
        most = fields;
      }
    } catch {
      // This separator cannot even read the header: not this one.
    }
  }
  return best;
}

function parseCsv(text: string, delimiter: string, shown: string): string[][] {
  // The line the last whole record ended on: a broken record starts on the next one.
  let lastLine = 0;
  try {
    return parse(text, {
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const start = `${shown}:${lastLine + 1}`;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        throw new InputError(
          `${start}: a quoted field starts here but is never closed (a " is missing)`,
        );
      case 'CSV_INVALID_CLOSING_QUOTE':
        throw new InputError(
          `${start}: a quote ends a field too early; inside a quoted field, write a quote as ""`,
        );
      default:
        throw new InputError(`${start}: cannot be read as CSV (${error.code})`);
    }
  }
}

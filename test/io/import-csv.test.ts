import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from '../../src/io/import-csv.js';
import { tempDir } from '../helpers.js';

/** Reading CSV bytes as spreadsheets and online forms write them. */
const dir = tempDir('attune-csv-');
const TABLE = [
  ['role', 'unit', 'safety-first-contact'],
  ['staff', 'Tŷ Newydd, "upstairs"', 'Mostly\nin place'],
];
const csv = (sep: string, eol = '\n') =>
  TABLE.map((r) =>
    r.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep),
  ).join(eol) + eol;

async function read(name: string, bytes: Uint8Array | string) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return readCsv(file, name);
}

describe('readCsv', () => {
  it.each([
    ['commas', csv(','), ','],
    ['semicolons', csv(';'), ';'],
    ['tabs', csv('\t'), '\t'],
    ['CRLF', csv(',', '\r\n'), ','],
  ])('reads %s', async (name, text, delimiter) => {
    const file = await read(`${name}.csv`, text);
    expect(file).toEqual({ headers: TABLE[0], rows: [TABLE[1]], encoding: 'UTF-8', delimiter });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const file = await read('bom.csv', `\ufeff${csv(';')}`);
    expect(file.headers[0]).toBe('role');
  });

  it("reads Excel's UTF-16 (little-endian with a BOM), and big-endian", async () => {
    const text = csv('\t', '\r\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await read('le.csv', le)).toMatchObject({ rows: [TABLE[1]], encoding: 'UTF-16LE' });
    const be = Buffer.from(le);
    be.swap16();
    expect(await read('be.csv', be)).toMatchObject({ rows: [TABLE[1]], encoding: 'UTF-16BE' });
  });

  it('reads Windows-1252 where the bytes are not UTF-8', async () => {
    const bytes = Buffer.from([...Buffer.from('unit\nCaf'), 0xe9, 0x0a]);
    expect(await read('cp.csv', bytes)).toMatchObject({
      rows: [['Café']],
      encoding: 'Windows-1252',
    });
  });

  it('keeps a blank line as an empty row, so that rows keep their numbers', async () => {
    expect((await read('blank.csv', 'a,b\n\n1,2\n')).rows).toEqual([[''], ['1', '2']]);
  });

  it.each([
    [
      'binary.csv',
      Buffer.from([0x61, 0x00, 0x62, 0x0a]),
      'binary.csv: this is not a text file (CSV); save the spreadsheet as "CSV UTF-8" and try again',
    ],
    ['empty.csv', '  \n', 'empty.csv: the file is empty'],
    [
      'quote.csv',
      'a,b\n1,2\n"3,4\n5,6\n',
      'quote.csv:3: a quoted field starts here but is never closed (a " is missing)',
    ],
  ])('refuses %s', async (name, bytes, message) => {
    await expect(read(name, bytes)).rejects.toThrow(message);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\n', ';'],
    ['a\tb\n', '\t'],
    ['"one, two; three";b;c\n1;2;3\n', ';'],
    ['"x\ny",b\n', ','],
    ['single\n', ','],
  ])('%j is separated by %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

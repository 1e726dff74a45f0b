import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FindingsFormatter } from './types.js';

export const findingsFormatters = { stylish, json, github, sarif, junit } satisfies Record<
  string,
  FindingsFormatter
>;
export type FindingsFormat = keyof typeof findingsFormatters;
export type { ValidationReport } from './types.js';

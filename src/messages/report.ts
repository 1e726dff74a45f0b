import type { Area } from '../core/messages.js';
import { report as cy } from './report.cy.js';
import { report as en } from './report.en.js';

/** The report's own messages (headings, fixed sentences), in every language attune has them in. */
export const reportArea: Area<typeof en> = { name: 'report', en, translations: { cy } };

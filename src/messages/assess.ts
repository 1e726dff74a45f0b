import type { Area } from '../core/messages.js';
import { assess as cy } from './assess.cy.js';
import { assess as en } from './assess.en.js';

/** The walk-through's messages, in every language attune has them in. */
export const assessArea: Area<typeof en> = { name: 'assess', en, translations: { cy } };

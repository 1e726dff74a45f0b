import type { Area } from '../core/messages.js';
import { formCommand as cy } from './form-command.cy.js';
import { formCommand as en } from './form-command.en.js';

/** What `attune form` says, in every language attune has it in. */
export const formCommandArea: Area<typeof en> = { name: 'form-command', en, translations: { cy } };

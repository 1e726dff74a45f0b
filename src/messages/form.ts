import type { Area } from '../core/messages.js';
import { form as cy } from './form.cy.js';
import { form as en } from './form.en.js';

/** The offline form's messages, in every language attune has them in. */
export const formArea: Area<typeof en> = { name: 'form', en, translations: { cy } };

import type { Translation } from '../core/messages.js';
import type { formCommand as en } from './form-command.en.js';

/**
 * What `attune form` says once it has made the form, in Welsh. Written for attune without a
 * first-language reviewer (see the README, "Languages"); the counts use Welsh plural forms.
 */
export const formCommand: Translation<typeof en> = {
  standardOutput: 'y ffurflen i’r allbwn safonol',
  wrote:
    'ysgrifennwyd {target}: {count, plural, zero {dim un cwestiwn} one {un cwestiwn} two {dau gwestiwn} few {tri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} o {framework}. Agorwch hi mewn unrhyw borwr gwe; mae’n gweithio all-lein ac yn cadw ffeil atebion.',
  wroteForRole:
    'ysgrifennwyd {target}: {count, plural, zero {dim un cwestiwn} one {un cwestiwn} two {dau gwestiwn} few {tri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} o {framework} ar gyfer y rôl {role}. Agorwch hi mewn unrhyw borwr gwe; mae’n gweithio all-lein ac yn cadw ffeil atebion.',
  wroteInLang:
    'ysgrifennwyd {target}: {count, plural, zero {dim un cwestiwn} one {un cwestiwn} two {dau gwestiwn} few {tri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} o {framework}, yn yr iaith {lang}. Agorwch hi mewn unrhyw borwr gwe; mae’n gweithio all-lein ac yn cadw ffeil atebion.',
  wroteForRoleInLang:
    'ysgrifennwyd {target}: {count, plural, zero {dim un cwestiwn} one {un cwestiwn} two {dau gwestiwn} few {tri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} o {framework} ar gyfer y rôl {role}, yn yr iaith {lang}. Agorwch hi mewn unrhyw borwr gwe; mae’n gweithio all-lein ac yn cadw ffeil atebion.',
  noTexts:
    'nid oes gan {framework} destunau yn yr iaith {lang}; mae’r ffurflen yn yr iaith {language}',
};

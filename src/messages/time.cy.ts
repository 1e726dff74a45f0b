import type { Translation } from '../core/messages.js';
import type { time as en } from './time.en.js';

/** How long answering takes, in Welsh (with its six plural forms); wants a first-language review. */
export const time: Translation<typeof en> = {
  timeAlone: 'Mae’n cymryd tua {duration}.',
  timeGroup: 'Fel grŵp, yn trafod pob un, rhowch tua {duration}.',
  minutes:
    '{minutes, plural, zero {dim munud} one {un munud} two {dau funud} few {tri munud} many {chwe munud} other {# munud}}',
  hours:
    '{hours, plural, zero {dim awr} one {awr} two {dwy awr} few {tair awr} many {chwe awr} other {# awr}}',
  hoursMinutes:
    '{hours, plural, zero {dim awr} one {awr} two {dwy awr} few {tair awr} many {chwe awr} other {# awr}} a {minutes, plural, zero {dim munud} one {un munud} two {dau funud} few {tri munud} many {chwe munud} other {# munud}}',
};

/**
 * How long answering takes, said the same way by `assess` and the form: both catalogues take
 * these messages in, so the two never drift apart.
 */
export const time = {
  timeAlone: 'It takes about {duration}.',
  timeGroup: 'As a group, talking each one through, allow about {duration}.',
  minutes: '{minutes, plural, one {# minute} other {# minutes}}',
  hours: '{hours, plural, one {# hour} other {# hours}}',
  hoursMinutes:
    '{hours, plural, one {# hour} other {# hours}} {minutes, plural, one {# minute} other {# minutes}}',
} as const;

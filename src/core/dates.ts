/** An ISO 8601 time to the second, in UTC, as answers files record it: 2026-11-22T10:00:00Z. */
export const isoSecond = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A value of a mapping read from a file, by a key that also comes from a file: only the
 * mapping's own keys count, so `constructor` or `toString` is a key like any other and never
 * reaches what every object inherits.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty mapping with no inherited keys, for lookups keyed by text from a file. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Optional keys as they are read with exactOptionalPropertyTypes: absent, never undefined. */
export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * A copy of `record` without the keys whose value is undefined: what a schema parsed as an
 * optional key left unset becomes a key that is not there at all.
 */
export function defined<T extends object>(record: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as Defined<T>;
}

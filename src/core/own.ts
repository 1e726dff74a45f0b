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

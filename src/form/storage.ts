/**
 * The browser's localStorage, which may be turned off, full, or shared with other pages
 * opened from files: every call is guarded, and the form says when it cannot keep answers.
 */
export interface Store {
  read(): unknown;
  write(value: unknown): boolean;
  clear(): void;
  readonly available: boolean;
}

export function browserStore(key: string): Store {
  const storage = (() => {
    try {
      const s = window.localStorage;
      const probe = `${key}:probe`;
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch {
      return undefined;
    }
  })();
  return {
    available: storage !== undefined,
    read() {
      try {
        const text = storage?.getItem(key);
        return text == null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(value) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to remove where storage is off.
      }
    },
  };
}

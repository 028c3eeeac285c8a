/**
 * What the investor tool keeps between visits, one JSON entry per name under a common prefix, in the
 * storage the host hands over (none: nothing is kept, nothing fails). Bad or foreign entries read as absent.
 */
import type { KeyValueStorage } from '../host/host.ts';

const PREFIX = 'medpark-atlas:investor:';

export interface StoredValue<T> {
  read(): T | null;
  write(value: T | null): void;
}

/**
 * One named entry.
 * @param check accepts the parsed JSON as a T, or returns null (a stale or tampered entry)
 */
export function storedValue<T>(storage: KeyValueStorage | null, name: string, check: (value: unknown) => T | null): StoredValue<T> {
  const key = PREFIX + name;
  return {
    read() {
      try {
        const raw = storage?.getItem(key);
        return raw ? check(JSON.parse(raw)) : null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        if (value === null) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(value));
      } catch {
        // A full or refused storage loses only the convenience; the URL still holds the state.
      }
    },
  };
}

// CLI build: records keyed by values from the feed (attribute names, product ids). Plain assignment
// `obj[key] = v` with key "__proto__" changes the object's prototype instead of adding an entry, and a
// read `obj[key]` of a missing "constructor" or "toString" finds Object.prototype's: both lose or invent
// data silently. These two helpers write and read own properties only.

export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function getOwn<T>(record: Record<string, T> | undefined | null, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

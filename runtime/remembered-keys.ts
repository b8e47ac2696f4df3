/**
 * A lookup by an object's keys that remembers the last object's sequence of keys (an inline cache of the
 * caller's object shape): inputs built by the same code have the same keys in the same order, and
 * comparing interned names is cheaper than a Map lookup of each. The interpreters use it where they find
 * the members an input sets from the input's own keys.
 */

/** How many key positions {@link RememberedKeys} keeps. */
const REMEMBERED_KEYS = 64;

/** `lookup` of each key of an object, given in the object's order (`j` counting from 0). */
export class RememberedKeys<T> {
  private readonly keys: string[] = [];
  private readonly values: (T | undefined)[] = [];
  constructor(private readonly lookup: (key: string) => T | undefined) {}

  /** What `lookup` gives for `key`, the `j`th key of the object. */
  at(j: number, key: string): T | undefined {
    if (j < this.keys.length && this.keys[j] === key) return this.values[j];
    const v = this.lookup(key);
    if (j <= this.keys.length && j < REMEMBERED_KEYS) {
      this.keys[j] = key;
      this.values[j] = v;
    }
    return v;
  }
}

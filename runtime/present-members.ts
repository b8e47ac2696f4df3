/**
 * The members an input (or a nested structure value) sets, found from its own keys: a value sets a few
 * of its structure's members (S3 PutObject binds 36; a call sets a handful), and reading a key inside a
 * for-in over the value is fast where reading every member by name is a megamorphic lookup. The last
 * value's sequence of keys is remembered (an inline cache of the caller's object shape): values built by
 * the same code have the same keys in the same order, and comparing interned names is cheaper than a Map
 * lookup of each.
 */
import { hasOwn } from './descriptors.js';

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

/** A structure's members by name, and which of them are idempotency tokens. */
export class MemberIndex {
  private readonly keys: RememberedKeys<number>;
  private readonly tokens: readonly number[];

  constructor(names: readonly string[], tokens: readonly boolean[]) {
    const positions = new Map(names.map((n, i) => [n, i]));
    this.keys = new RememberedKeys((key) => positions.get(key));
    this.tokens = tokens.flatMap((t, i) => (t ? [i] : []));
  }

  /**
   * The members `value` sets (own properties; null counts as absent), an unset token filled by
   * `randomId`, as `[position, value, ...]` sorted by the member's position in the model.
   */
  present(value: object, randomId: () => string): unknown[] {
    const found: unknown[] = [];
    let j = 0;
    for (const key in value) {
      const i = this.keys.at(j++, key);
      if (i === undefined) continue;
      const x = (value as Record<string, unknown>)[key];
      if (x != null && hasOwn(value, key)) insert(found, i, x);
    }
    for (const t of this.tokens) if (!holds(found, t)) insert(found, t, randomId());
    return found;
  }
}

function holds(found: readonly unknown[], position: number): boolean {
  for (let k = 0; k < found.length; k += 2) if (found[k] === position) return true;
  return false;
}

/** Adds `position, value` to `found`, keeping it sorted by position (keys come mostly in order). */
function insert(found: unknown[], position: number, value: unknown): void {
  let k = found.length;
  found.push(position, value);
  for (; k > 0 && (found[k - 2] as number) > position; k -= 2) {
    found[k] = found[k - 2];
    found[k + 1] = found[k - 1];
  }
  found[k] = position;
  found[k + 1] = value;
}

/** Array helpers that hold for any length (a spread argument list of 100,000s of items overflows the stack). */

/** Appends every item of `items` to `out`, one by one. */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}

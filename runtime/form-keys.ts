/**
 * The keys of a query form (`Entries.member.3.Name`), made once and remembered as a tree per operation:
 * a request's form is one rope of pieces, and most of its cost is the number of pieces (creating each,
 * then flattening the rope when it is sent), so every pair is two pieces, its head `&key=` (remembered,
 * flat) and its encoded value, rather than a key concatenated afresh per pair and per request.
 */

/** How many keys one operation's tree remembers: a hostile input with huge or deep lists cannot grow it. */
const REMEMBERED_KEYS = 2048;
/** Items and entries past this index are not remembered (their keys are made per request). */
const REMEMBERED_INDEX = 256;

interface Budget {
  left: number;
}

export class FormKey {
  /** `&key=`, flattened once. */
  readonly head: string;
  private kids?: (FormKey | undefined)[];

  private constructor(
    /** The key, percent-encoded; `''` for the root. */
    readonly text: string,
    private readonly budget: Budget,
  ) {
    this.head = ['&', text, '='].join('');
  }

  /** The root of an operation's form (its input structure's key). */
  static root(): FormKey {
    return new FormKey('', { left: REMEMBERED_KEYS });
  }

  /** Child `i` (a field's position, a list item's or map entry's 1-based index), if it is remembered. */
  child(i: number): FormKey | undefined {
    return this.kids?.[i];
  }

  /** Makes child `i` with key `text` (only when {@link child} found none), remembered while the budget lasts. */
  add(i: number, text: string): FormKey {
    const key = new FormKey(text, this.budget);
    if (this.budget.left > 0 && i <= REMEMBERED_INDEX) {
      this.budget.left--;
      (this.kids ??= [])[i] = key;
    }
    return key;
  }
}

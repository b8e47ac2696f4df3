/**
 * Paginators: the model's `paginators` entry as data, and an interpreter that calls an operation page
 * after page. The output token paths (`NextToken`, `StreamDescription.Shards[-1].ShardId`,
 * `NextMarker || Contents[-1].Key`) arrive parsed into steps; their values go into the input tokens of the
 * next request. Iteration ends when the tokens are empty (as JMESPath counts it: absent, null, false, '',
 * [] or {}), when `more_results` is false, or when a page repeats the previous tokens (no endless loop on
 * a service that never moves on).
 */

/** A member name, or an index into a list (negative counts from the end). */
export type PathStep = string | number;
export type Path = readonly PathStep[];
/** Paths joined by `||`: the first one whose value is not empty. */
export type Expression = readonly Path[];

export interface PaginatorSpec {
  readonly inputTokens: readonly string[];
  /** One per input token, in the same order. */
  readonly outputTokens: readonly Expression[];
  readonly moreResults?: Expression;
  /** Where a page's items are, for the items paginator. */
  readonly resultKey?: Expression;
}

/** JMESPath's falsy values. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) return Object.keys(value).length === 0;
  return false;
}

function step(value: unknown, s: PathStep): unknown {
  if (typeof s === 'number') {
    if (!Array.isArray(value)) return undefined;
    return value[s < 0 ? value.length + s : s];
  }
  if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, s)) return undefined;
  return (value as Record<string, unknown>)[s];
}

export function evaluatePath(value: unknown, path: Path): unknown {
  let v = value;
  for (const s of path) {
    v = step(v, s);
    if (v === undefined) return undefined;
  }
  return v;
}

export function evaluate(value: unknown, expression: Expression): unknown {
  let last: unknown;
  for (const path of expression) {
    last = evaluatePath(value, path);
    if (!isEmpty(last)) return last;
  }
  return last;
}

/** The input of the page after `output`, or undefined when `output` was the last page. */
export function nextInput<I extends object>(spec: PaginatorSpec, input: I, output: unknown, previous?: readonly unknown[]): { input: I; tokens: unknown[] } | undefined {
  if (spec.moreResults && isEmpty(evaluate(output, spec.moreResults))) return undefined;
  const tokens = spec.outputTokens.map((e) => evaluate(output, e));
  if (tokens.every(isEmpty)) return undefined;
  if (previous && JSON.stringify(tokens) === JSON.stringify(previous)) return undefined;
  const next: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  spec.inputTokens.forEach((name, i) => {
    if (isEmpty(tokens[i])) delete next[name];
    else next[name] = tokens[i];
  });
  return { input: next as I, tokens };
}

/** Every page of an operation, starting from `input` (which may carry a token to resume from). */
export async function* paginate<I extends object, O>(call: (input: I) => Promise<O>, spec: PaginatorSpec, input: I): AsyncGenerator<O, void, undefined> {
  let current: I | undefined = input;
  let previous: unknown[] | undefined;
  while (current !== undefined) {
    const output = await call(current);
    yield output;
    const next: { input: I; tokens: unknown[] } | undefined = nextInput(spec, current, output, previous);
    current = next?.input;
    previous = next?.tokens;
  }
}

/** Every item of every page: the elements of the list at the paginator's result key. */
export async function* paginateItems<O, T>(pages: AsyncIterable<O>, resultKey: Expression): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) {
    const items = evaluate(page, resultKey);
    if (Array.isArray(items)) yield* items as T[];
  }
}

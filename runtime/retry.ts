/**
 * Retries in the AWS SDKs' standard mode: up to `maxAttempts` attempts (3); throttling, transient and
 * clock-skew errors, 5xx responses and network errors are retried after an exponential backoff with full
 * jitter (`random() * min(maxDelay, base * 2^attempt)`); a retry quota (500 tokens, 5 per retry, 10 after a
 * timeout, given back on success) stops a client from retrying without end while a service is down.
 */

export interface RetryOptions {
  /** Attempts in all, the first included (3; 1 turns retries off). */
  readonly maxAttempts?: number;
  /** The backoff's base in milliseconds (100; throttling errors use 5 times it). */
  readonly baseDelayMs?: number;
  /** The longest wait between attempts (20 000 ms). */
  readonly maxDelayMs?: number;
  /** Tokens of the retry quota (500); 0 turns the quota off. */
  readonly quota?: number;
  /** A uniform number in [0, 1) for the jitter (`Math.random`). */
  readonly random?: () => number;
  /** Decides for an error the standard rules would not retry (return true to retry it). */
  readonly retryable?: (error: unknown) => boolean;
}

/** What a failed attempt was, as far as retrying goes. */
export type RetryKind = 'throttling' | 'transient' | 'timeout' | 'clock-skew' | undefined;

/** Error codes of throttling, as in the AWS SDKs. */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded',
  'BandwidthLimitExceeded', 'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete',
  'EC2ThrottledException',
]);
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['RequestTimeout', 'RequestTimeoutException']);
export const TRANSIENT_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504]);
export const CLOCK_SKEW_CODES: ReadonlySet<string> = new Set([
  'AuthFailure', 'InvalidSignatureException', 'RequestExpired', 'RequestInTheFuture', 'RequestTimeTooSkewed', 'SignatureDoesNotMatch',
]);

interface ErrorFacts {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly retryKind?: unknown;
}

/** How the standard mode sees an error: a service error by its code and status, a transport error by its kind. */
export function retryKindOf(error: unknown): RetryKind {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorFacts;
  if (e.retryKind === 'timeout' || e.retryKind === 'transient') return e.retryKind;
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code !== undefined && THROTTLING_CODES.has(code)) return 'throttling';
  if (e.statusCode === 429) return 'throttling';
  if (code !== undefined && CLOCK_SKEW_CODES.has(code)) return 'clock-skew';
  if (code !== undefined && TRANSIENT_CODES.has(code)) return 'transient';
  if (typeof e.statusCode === 'number' && TRANSIENT_STATUS.has(e.statusCode)) return 'transient';
  return undefined;
}

/** The retry policy of one client: its quota is shared by every call the client makes. */
export class RetryStrategy {
  readonly maxAttempts: number;
  private readonly base: number;
  private readonly max: number;
  private readonly random: () => number;
  private readonly extra?: (error: unknown) => boolean;
  private readonly capacity: number;
  private tokens: number;

  constructor(options: RetryOptions = {}) {
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 3));
    this.base = options.baseDelayMs ?? 100;
    this.max = options.maxDelayMs ?? 20_000;
    this.random = options.random ?? Math.random;
    this.extra = options.retryable;
    this.capacity = options.quota ?? 500;
    this.tokens = this.capacity;
  }

  /**
   * The wait before attempt `attempt + 1` and what it took from the quota, or undefined when `error` ends
   * the call: not retryable, attempts used up, or the quota spent. A clock-skew error is retried only when
   * the client has just corrected its clock (`skewCorrected`): otherwise the next attempt would fail alike.
   */
  retry(error: unknown, attempt: number, skewCorrected = false): { delayMs: number; cost: number } | undefined {
    if (attempt >= this.maxAttempts) return undefined;
    let kind = retryKindOf(error);
    if (kind === 'clock-skew' && !skewCorrected) kind = undefined;
    if (kind === undefined && this.extra?.(error)) kind = 'transient';
    if (kind === undefined) return undefined;
    const cost = this.capacity > 0 ? (kind === 'timeout' ? 10 : 5) : 0;
    if (this.tokens < cost) return undefined;
    this.tokens -= cost;
    const base = kind === 'throttling' ? this.base * 5 : this.base;
    return { delayMs: this.random() * Math.min(this.max, base * 2 ** (attempt - 1)), cost };
  }

  /** A call succeeded: it gives back the cost of its last retry, or one token when it needed none. */
  succeeded(lastRetryCost: number): void {
    if (this.capacity > 0) this.tokens = Math.min(this.capacity, this.tokens + (lastRetryCost > 0 ? lastRetryCost : 1));
  }

  /** The tokens left in the quota (for tests and monitoring). */
  get quotaLeft(): number {
    return this.tokens;
  }
}

/**
 * Service errors. Every error a deserializer throws is a ServiceError; each modeled error has its own
 * subclass in the generated `protocol.ts`. An error the model does not know still carries its code,
 * message, HTTP status and raw body.
 */
import { headerValue, type HttpResponse } from './http.js';

export interface ServiceErrorInit {
  /** The error type, without namespace or `:suffix` (e.g. `ValidationException`). */
  readonly code: string;
  readonly message: string;
  readonly statusCode: number;
  readonly requestId?: string;
  /** The response body as received. */
  readonly body: string;
  /** The modeled members of the error, parsed like an output (empty for unmodeled errors). */
  readonly data: object;
  readonly fault: 'client' | 'server';
}

export class ServiceError extends Error {
  readonly code: string;
  readonly statusCode: number;
  readonly requestId?: string;
  readonly body: string;
  /** The error's modeled members; each generated subclass gives its own type. */
  readonly data: object;
  readonly fault: 'client' | 'server';

  constructor(init: ServiceErrorInit) {
    super(init.message);
    this.name = init.code;
    this.code = init.code;
    this.statusCode = init.statusCode;
    this.requestId = init.requestId;
    this.body = init.body;
    this.data = init.data;
    this.fault = init.fault;
  }
}

export type ServiceErrorClass = new (init: ServiceErrorInit) => ServiceError;

/** A modeled error of a service, as the generated `protocol.ts` lists them by error code. */
export interface ErrorSpec {
  readonly ctor: ServiceErrorClass;
  /** The error's structure in the shape table; absent when the model leaves the structure out. */
  readonly shape?: string;
  /** The model marks it a server fault. */
  readonly fault?: boolean;
}

/** The spec of an error code, own properties only (a code such as `constructor` finds nothing). */
export function errorSpecOf(errors: Readonly<Record<string, ErrorSpec>>, code: string): ErrorSpec | undefined {
  return Object.prototype.hasOwnProperty.call(errors, code) ? errors[code] : undefined;
}

/** `aws.protocoltests#FooError:http://internal...` -> `FooError`. */
export function sanitizeErrorCode(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  let code = String(raw);
  if (code.includes(',')) code = code.split(',')[0];
  if (code.includes(':')) code = code.split(':')[0];
  if (code.includes('#')) code = code.slice(code.lastIndexOf('#') + 1);
  return code.trim() || undefined;
}

function findKey(body: Record<string, unknown>, name: string): string | undefined {
  return Object.keys(body).find((k) => k.toLowerCase() === name);
}

/** The error code: the `x-amzn-errortype` header, else the body's `code`, else its `__type`. */
export function errorCodeOf(response: HttpResponse, body: Record<string, unknown>): string | undefined {
  const header = sanitizeErrorCode(headerValue(response.headers, 'x-amzn-errortype'));
  if (header) return header;
  const codeKey = findKey(body, 'code');
  const fromCode = codeKey === undefined ? undefined : sanitizeErrorCode(body[codeKey]);
  return fromCode ?? sanitizeErrorCode(body.__type);
}

/** The message: the body's `message` (any case) or `errorMessage`, else (absent or empty) a description of the failure. */
export function errorMessageOf(body: Record<string, unknown>, code: string, statusCode: number): string {
  const key = findKey(body, 'message') ?? findKey(body, 'errormessage');
  const value = key === undefined ? undefined : body[key];
  return typeof value === 'string' && value !== '' ? value : `${code} (HTTP ${statusCode})`;
}

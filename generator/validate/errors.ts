/** A problem in a model, as data: collected all at once, printed by the CLI, asserted by tests. */
export interface ModelError {
  /** Stable machine-readable code, e.g. `unknown-shape`, `yaml-syntax`. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** JSON pointer into the model (`/shapes/Foo/members/Bar`); `` for the whole document. */
  readonly path: string;
  /** 1-based; 0 when the position is unknown (e.g. an AWS JSON model). */
  readonly line: number;
  readonly column: number;
  /** What is wrong, and what is allowed or how to fix it. */
  readonly message: string;
}

export type Position = { line: number; column: number };

/** Finds the source position of a path in the model; absent paths fall back to their nearest ancestor. */
export type Locator = (path: readonly (string | number)[], at?: 'key' | 'value') => Position;

export const NO_POSITION: Locator = () => ({ line: 0, column: 0 });

export function pointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function hasErrors(errors: readonly ModelError[]): boolean {
  return errors.some((e) => e.severity === 'error');
}

/** `file:line:column: error code: message (at path)`, the format editors and CI annotate. */
export function formatError(e: ModelError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  const at = e.path ? ` (at ${e.path})` : '';
  return `${where}: ${e.severity} ${e.code}: ${e.message}${at}`;
}

/** Thrown by the pipeline when a model does not validate; carries every problem found. */
export class ModelValidationError extends Error {
  constructor(readonly errors: readonly ModelError[]) {
    super(errors.filter((e) => e.severity === 'error').map(formatError).join('\n'));
    this.name = 'ModelValidationError';
  }
}

/**
 * The vocabulary of API changes and how each is classified. A change's severity can depend on where the
 * changed shape is used: adding an enum value is safe for what callers send (input) but dangerous for
 * what they receive (output), and a new required member breaks callers only in an input.
 */
export type Severity = 'breaking' | 'dangerous' | 'safe';
export const SEVERITIES: readonly Severity[] = ['breaking', 'dangerous', 'safe'];

/** Where a shape is used: sent by the caller, received by it, or received as an error. */
export type Direction = 'input' | 'output' | 'error';

/** One place an API change reaches: an operation, and the member path from its input/output/error shape. */
export interface Location {
  readonly operation: string;
  readonly direction: Direction;
  /** `InputDataConfig.S3Uri`, `Tags[].Key`, `Attributes{}`; empty for the top shape itself. */
  readonly path: string;
}

export type ChangeKind =
  // breaking
  | 'operation-removed' | 'shape-removed' | 'member-removed' | 'input-removed' | 'output-removed'
  | 'required-member-added' | 'member-made-required' | 'enum-value-removed' | 'enum-value-renamed' | 'enum-added'
  | 'type-changed' | 'length-tightened' | 'range-tightened' | 'pattern-tightened' | 'timestamp-format-changed'
  | 'wire-name-changed' | 'location-changed' | 'encoding-changed' | 'http-binding-changed' | 'error-code-changed'
  | 'protocol-changed' | 'service-prefix-changed'
  // dangerous (or depending on direction)
  | 'enum-value-added' | 'member-made-optional' | 'constraint-loosened' | 'error-added' | 'error-removed'
  | 'default-changed' | 'idempotency-changed' | 'paginator-changed' | 'api-version-changed'
  // safe
  | 'operation-added' | 'shape-added' | 'member-added' | 'input-added' | 'output-added' | 'deprecated'
  | 'sensitivity-changed' | 'documentation-changed' | 'metadata-changed';

export interface ApiChange {
  readonly severity: Severity;
  readonly kind: ChangeKind;
  /** What changed: an operation, a shape, or `Shape.Member`. */
  readonly subject: string;
  /** One line, Markdown: what changed, with the old and new values. */
  readonly message: string;
  /** Every operation (and member path) the change reaches; empty when no operation uses it. */
  readonly locations: readonly Location[];
}

const FIXED: Partial<Record<ChangeKind, Severity>> = {
  'operation-removed': 'breaking', 'shape-removed': 'breaking', 'member-removed': 'breaking',
  'input-removed': 'breaking', 'output-removed': 'breaking', 'enum-value-removed': 'breaking',
  'enum-value-renamed': 'breaking', 'enum-added': 'breaking', 'type-changed': 'breaking',
  'length-tightened': 'breaking', 'range-tightened': 'breaking', 'pattern-tightened': 'breaking',
  'timestamp-format-changed': 'breaking', 'wire-name-changed': 'breaking', 'location-changed': 'breaking',
  'encoding-changed': 'breaking', 'http-binding-changed': 'breaking', 'error-code-changed': 'breaking',
  'protocol-changed': 'breaking', 'service-prefix-changed': 'breaking',
  'error-added': 'dangerous', 'error-removed': 'dangerous', 'default-changed': 'dangerous',
  'idempotency-changed': 'dangerous', 'paginator-changed': 'dangerous', 'api-version-changed': 'dangerous',
  'operation-added': 'safe', 'shape-added': 'safe', 'member-added': 'safe', 'input-added': 'safe',
  'output-added': 'safe', 'deprecated': 'safe', 'sensitivity-changed': 'safe', 'documentation-changed': 'safe',
  'metadata-changed': 'safe',
};

/** Kinds whose severity depends on the direction: [when sent by the caller, when received]. */
const BY_DIRECTION: Partial<Record<ChangeKind, readonly [Severity, Severity]>> = {
  'enum-value-added': ['safe', 'dangerous'],
  'required-member-added': ['breaking', 'safe'],
  'member-made-required': ['breaking', 'safe'],
  'member-made-optional': ['safe', 'dangerous'],
  'constraint-loosened': ['safe', 'dangerous'],
};

/** The severity of a change at one place; `undefined` direction (no operation uses it) counts as both. */
export function severityOf(kind: ChangeKind, direction?: Direction): Severity {
  const fixed = FIXED[kind];
  if (fixed) return fixed;
  const [sent, received] = BY_DIRECTION[kind]!;
  if (direction === 'input') return sent;
  if (direction === 'output' || direction === 'error') return received;
  return worst([sent, received]);
}

export function rank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function worst(list: readonly Severity[]): Severity {
  return list.reduce<Severity>((w, s) => (rank(s) < rank(w) ? s : w), 'safe');
}

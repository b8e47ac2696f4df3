/**
 * What the client needs to know of each operation, derived once per service (kept on the ModelIndex): how
 * it is authorized, whether its output streams, where S3 puts its bucket, whether the input may be left
 * out, and its paginator as data (token paths parsed from the model's JMESPath subset: `a.b`, `a[-1].b`,
 * `x || y`).
 */
import type { IROperation, IRService } from '../ir/types.js';
import type { Expression, PaginatorSpec, Path } from '../../runtime/paginate.js';

export interface ClientOperationFacts {
  readonly op: IROperation;
  readonly auth?: 'none' | 'unsigned-body';
  readonly streamingOutput: boolean;
  /** S3: the input member that is the first path segment. */
  readonly bucket?: string;
  /** The input may be left out (no input shape, or no required member). */
  readonly optionalInput: boolean;
  /** A member is named like a method every object has (`toString`): `{}` is then not the input type to TypeScript. */
  readonly inputShadowsObject: boolean;
  readonly paginator?: PaginatorSpec;
  /** The members from the output down to the list of items, when the paginator has a single result key. */
  readonly itemPath?: readonly string[];
}

/** `StreamDescription.Shards[-1].ShardId` -> `['StreamDescription', 'Shards', -1, 'ShardId']`. */
export function parsePath(text: string): Path {
  const source = text.trim();
  const steps: (string | number)[] = [];
  const re = /([A-Za-z0-9_$]+)|\[(-?\d+)\]|\./y;
  while (re.lastIndex < source.length) {
    const m = re.exec(source);
    if (m === null) throw new Error(`paginator: cannot read the path ${JSON.stringify(text)}`);
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
  }
  if (steps.length === 0) throw new Error(`paginator: empty path ${JSON.stringify(text)}`);
  return steps;
}

export function parseExpression(text: string): Expression {
  return text.split('||').map(parsePath);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function paginatorOf(op: IROperation): PaginatorSpec | undefined {
  const p = op.paginator;
  if (!p) return undefined;
  const inputTokens = strings(p.input_token);
  const outputTokens = strings(p.output_token).map(parseExpression);
  if (inputTokens.length === 0 || inputTokens.length !== outputTokens.length) return undefined;
  const results = strings(p.result_key);
  return {
    inputTokens,
    outputTokens,
    ...(typeof p.more_results === 'string' ? { moreResults: parseExpression(p.more_results) } : {}),
    ...(results.length === 1 ? { resultKey: parseExpression(results[0]) } : {}),
  };
}

/** The member names from the output to the list of items, when every step is a member and it ends on a list. */
function itemPathOf(ir: IRService, output: string | undefined, expression: Expression | undefined): string[] | undefined {
  if (!output || !expression || expression.length !== 1) return undefined;
  let shape = ir.shape(output);
  const path: string[] = [];
  for (const step of expression[0]) {
    if (typeof step === 'number' || shape.type !== 'structure') return undefined;
    const member = shape.members.find((m) => m.name === step);
    if (!member) return undefined;
    path.push(member.name);
    shape = ir.shape(member.target);
  }
  return shape.type === 'list' ? path : undefined;
}

function streamsOutput(ir: IRService, op: IROperation): boolean {
  if (!op.output) return false;
  const shape = ir.shape(op.output.target);
  if (shape.type !== 'structure') return false;
  const member = shape.members.find((m) => m.name === shape.traits.payload);
  if (!member) return false;
  const target = ir.shape(member.target);
  return ((target.type === 'blob' || target.type === 'string') && target.streaming) || member.traits.streaming === true;
}

/** The member whose value is the first segment of an S3 operation's path (`/{Bucket}/{Key+}`). */
function bucketMember(ir: IRService, op: IROperation): string | undefined {
  if (ir.metadata.endpointPrefix !== 's3' || !op.input) return undefined;
  const label = /^\/\{([A-Za-z0-9_]+)\}/.exec(op.http.requestUri ?? '')?.[1];
  const input = ir.shape(op.input.target);
  if (!label || input.type !== 'structure') return undefined;
  return input.members.find((m) => m.location === 'uri' && m.wireName === label)?.name;
}

export function clientOperationFacts(ir: IRService, op: IROperation): ClientOperationFacts {
  const authtype = op.traits.authtype;
  const paginator = paginatorOf(op);
  const input = op.input ? ir.shape(op.input.target) : undefined;
  return {
    op,
    ...(authtype === 'none' ? { auth: 'none' as const } : authtype === 'v4-unsigned-body' ? { auth: 'unsigned-body' as const } : {}),
    streamingOutput: streamsOutput(ir, op),
    bucket: bucketMember(ir, op),
    optionalInput: input === undefined || input.type !== 'structure' || !input.members.some((m) => m.required),
    inputShadowsObject: input?.type === 'structure' && input.members.some((m) => m.name in Object.prototype),
    paginator,
    itemPath: itemPathOf(ir, op.output?.target, paginator?.resultKey),
  };
}

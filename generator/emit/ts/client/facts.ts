/**
 * What the client needs to know of each operation, derived from the IR once per service: how it is
 * authorized, whether its output streams, where S3 puts its bucket, and its paginator as data (token paths
 * parsed from the model's JMESPath subset: `a.b`, `a[-1].b`, `x || y`).
 */
import type { IROperation, IRService } from '../../../ir/types.js';
import type { Expression, PaginatorSpec, Path } from '../../../../runtime/paginate.js';

export interface OperationFacts {
  readonly op: IROperation;
  readonly auth?: 'none' | 'unsigned-body';
  readonly streamingOutput: boolean;
  /** S3: the input member that is the first path segment. */
  readonly bucket?: string;
  /** The input may be left out (no input shape, or no required member). */
  readonly optionalInput: boolean;
  readonly paginator?: PaginatorSpec;
  /** The TypeScript type of one item, when the paginator has a single result key. */
  readonly itemType?: string;
}

/** `StreamDescription.Shards[-1].ShardId` -> `['StreamDescription', 'Shards', -1, 'ShardId']`. */
export function parsePath(text: string): Path {
  const steps: (string | number)[] = [];
  const re = /([A-Za-z0-9_$]+)|\[(-?\d+)\]|\./gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.trim())) !== null) {
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    if (re.lastIndex === text.trim().length) return steps;
  }
  throw new Error(`paginator: cannot read the path ${JSON.stringify(text)}`);
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

/**
 * The type of one item: the element type of the list at the result key, written as indexed access on the
 * output type (`NonNullable<T.ListTablesOutput['TableNames']>[number]`); undefined when a step is no member.
 */
function itemTypeOf(ir: IRService, output: string | undefined, expression: Expression | undefined): string | undefined {
  if (!output || !expression || expression.length !== 1) return undefined;
  let shape = ir.shape(output);
  let type = `T.${shape.tsName}`;
  for (const step of expression[0]) {
    if (typeof step === 'number') return undefined;
    const member = shape.members.find((m) => m.name === step);
    if (!member) return undefined;
    type = `NonNullable<${type}[${JSON.stringify(member.name)}]>`;
    shape = ir.shape(member.target);
  }
  return shape.type === 'list' ? `${type}[number]` : undefined;
}

function streamsOutput(ir: IRService, op: IROperation): boolean {
  if (!op.output) return false;
  const shape = ir.shape(op.output.target);
  const payload = shape.traits.payload;
  const member = shape.members.find((m) => m.name === payload);
  return member !== undefined && (ir.shape(member.target).streaming || member.traits.streaming === true);
}

/** The member whose value is the first segment of an S3 operation's path (`/{Bucket}/{Key+}`). */
function bucketMember(ir: IRService, op: IROperation): string | undefined {
  if (ir.metadata.endpointPrefix !== 's3' || !op.input) return undefined;
  const label = /^\/\{([A-Za-z0-9_]+)\}/.exec(op.http.requestUri ?? '')?.[1];
  if (!label) return undefined;
  return ir.shape(op.input.target).members.find((m) => m.location === 'uri' && m.wireName === label)?.name;
}

export function operationFacts(ir: IRService, op: IROperation): OperationFacts {
  const authtype = op.traits.authtype;
  const paginator = paginatorOf(op);
  const input = op.input ? ir.shape(op.input.target) : undefined;
  return {
    op,
    ...(authtype === 'none' ? { auth: 'none' as const } : authtype === 'v4-unsigned-body' ? { auth: 'unsigned-body' as const } : {}),
    streamingOutput: streamsOutput(ir, op),
    bucket: bucketMember(ir, op),
    optionalInput: input === undefined || !input.members.some((m) => m.required),
    paginator,
    itemType: itemTypeOf(ir, op.output?.target, paginator?.resultKey),
  };
}

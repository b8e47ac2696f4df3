/**
 * One service through the oracle: for every operation, a few random valid inputs serialized by shapegen
 * and built by v2, a few random outputs encoded as the service would send them and parsed by both, and a
 * few error responses (modeled errors and one the model does not know). Every difference is collected
 * with its context; the exceptions table says which ones are known.
 */
import { basename } from 'node:path';
import fc from 'fast-check';
import type { CodegenContext } from '../../../../generator/context/context.js';
import type { IROperation, IRService } from '../../../../generator/ir/types.js';
import { ModelArbitraries, type ArbitraryOptions } from '../../../validators/arbitrary.js';
import { loadContext } from '../../../support/context.js';
import { diffValues, type Difference } from './diff.js';
import { importProtocolModule } from './generated.js';
import { explain, type Check, type Exception, type Found } from './exceptions.js';
import type { ErrorCase, ProtocolHarness } from './protocols/types.js';
import { diffRequests } from './requests.js';
import { v2ClassOf, V2Service, type RawResponse } from './v2.js';

export interface RunOptions {
  /** Random inputs (and outputs) per operation. */
  readonly runs: number;
  /** Error responses per operation, besides the unmodeled one. */
  readonly errorsPerOperation: number;
  readonly arbitraries?: ArbitraryOptions;
}

export interface OperationResult {
  readonly operation: string;
  /** Every case ran on both sides. */
  readonly checked: boolean;
  readonly unexplained: Found[];
  readonly explained: { found: Found; by: Exception }[];
}

export interface ServiceResult {
  readonly file: string;
  readonly service: string;
  readonly protocol: string;
  readonly operations: OperationResult[];
}

const FIXED_TOKEN = '00000000-0000-4000-8000-000000000000';
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const MESSAGES = ['Rate exceeded', 'Bad <input> & "quotes" — é 😀', ''];

/**
 * FNV-1a: a stable seed per model file name and operation, so adding one never changes another's cases, and
 * a checkout anywhere (CI's clone, a worktree) tries the same ones.
 */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** The input as both sides get it: idempotency tokens given (each side would pick its own), host labels valid. */
function prepareInput(service: IRService, op: IROperation, value: unknown, harness: ProtocolHarness): Record<string, unknown> | undefined {
  if (!op.input) return undefined;
  const input = { ...(value as Record<string, unknown>) };
  const shape = service.shape(op.input.target);
  if (shape.type !== 'structure') return input;
  for (const m of shape.members) {
    if (m.idempotencyToken && input[m.name] === undefined) input[m.name] = FIXED_TOKEN;
    if (m.traits.hostLabel === true && !(typeof input[m.name] === 'string' && DNS_LABEL.test(input[m.name] as string))) {
      input[m.name] = 'label-1';
    }
  }
  harness.prepare?.(service, op, input);
  return input;
}

class OperationCheck {
  readonly unexplained: Found[] = [];
  readonly explained: { found: Found; by: Exception }[] = [];

  constructor(
    private readonly result: Omit<ServiceResult, 'operations'>,
    private readonly op: IROperation,
    private readonly table: readonly Exception[],
  ) {}

  record(check: Check, input: unknown, diffs: readonly Difference[]): void {
    for (const d of diffs) {
      const found: Found = { ...d, protocol: this.result.protocol, service: this.result.service, operation: this.op.name, method: this.op.http.method ?? 'POST', check, input };
      const by = explain(this.table, found);
      if (by) this.explained.push({ found, by });
      else this.unexplained.push(found);
    }
  }
}

export class ServiceOracle {
  readonly ctx: CodegenContext;
  readonly v2: V2Service;
  readonly service: string;
  private mod: any;
  private readonly arbs: ModelArbitraries;

  constructor(
    readonly file: string,
    private readonly harness: ProtocolHarness,
    private readonly options: RunOptions,
  ) {
    this.ctx = loadContext(file);
    if (this.ctx.ir.metadata.protocol !== harness.name) {
      throw new Error(`${file} is a ${this.ctx.ir.metadata.protocol} service, not ${harness.name}`);
    }
    this.service = v2ClassOf(file).className;
    this.v2 = new V2Service(file);
    this.arbs = new ModelArbitraries(this.ctx.ir, options.arbitraries);
  }

  private async module(): Promise<any> {
    this.mod ??= await importProtocolModule(this.ctx);
    return this.mod;
  }

  async run(table: readonly Exception[]): Promise<ServiceResult> {
    const head = { file: this.file, service: this.service, protocol: this.harness.name };
    const operations: OperationResult[] = [];
    const errors = this.errorCodes();
    for (const [i, op] of this.ctx.ir.operations.entries()) {
      const check = new OperationCheck(head, op, table);
      let checked = true;
      try {
        await this.checkOperation(op, check, errors, i);
      } catch (e) {
        checked = false;
        check.record('request', undefined, [{ path: 'harness', ours: errorMessage(e), theirs: 'the case could not run' }]);
      }
      operations.push({ operation: op.name, checked, unexplained: check.unexplained, explained: check.explained });
    }
    return { ...head, operations };
  }

  /** Every error the service names, with its wire code and shape. */
  private errorCodes(): { name: string; code: string; shape?: string }[] {
    return this.ctx.index.errors.map((name) => {
      const shape = this.ctx.ir.shapes.get(name);
      const isRecord = shape?.type === 'structure' && !shape.document;
      return { name, code: (isRecord && shape.errorCode) || name, shape: isRecord ? name : undefined };
    });
  }

  private async checkOperation(op: IROperation, check: OperationCheck, errors: ReturnType<ServiceOracle['errorCodes']>, index: number): Promise<void> {
    const mod = await this.module();
    if (!this.v2.hasOperation(op.name)) throw new Error(`v2 has no operation ${op.name}`);
    const serialize = mod[this.ctx.symbols.serializer(op.name).name];
    const deserialize = mod[this.ctx.symbols.deserializer(op.name).name];
    const seed = seedOf(`${basename(this.file)}#${op.name}`);
    const inputs = fc.sample(op.input ? this.arbs.valid(op.input.target) : fc.constant(undefined), { seed, numRuns: this.options.runs });
    const outputs = fc.sample(op.output ? this.arbs.valid(op.output.target) : fc.constant({}), { seed: seed + 1, numRuns: this.options.runs });
    for (const [run, generated] of inputs.entries()) {
      const input = prepareInput(this.ctx.ir, op, generated, this.harness);
      check.record('request', input, this.requestDiffs(op, serialize, input));
      const requestId = `req-${run}-${seed >>> 0}`;
      const raw = this.harness.response(this.ctx.ir, op, outputs[run] as Record<string, unknown>, requestId);
      check.record('response', input, await this.responseDiffs(op, deserialize, input, raw));
    }
    const input = prepareInput(this.ctx.ir, op, inputs[0], this.harness);
    for (const e of this.errorCases(op, errors, index)) {
      const raw = this.harness.error(this.ctx.ir, op, e);
      check.record('error', input, await this.errorDiffs(op, deserialize, input, raw, e));
    }
  }

  private requestDiffs(op: IROperation, serialize: (input: unknown) => any, input: unknown): Difference[] {
    let ours: any;
    let theirs: any;
    try {
      ours = serialize(structuredClone(input));
    } catch (e) {
      ours = { throws: errorMessage(e) };
    }
    try {
      theirs = this.v2.request(op.name, structuredClone(input));
    } catch (e) {
      theirs = { throws: errorMessage(e) };
    }
    if (ours.throws !== undefined || theirs.throws !== undefined) return [{ path: 'throws', ours: ours.throws ?? 'built', theirs: theirs.throws ?? 'built' }];
    return diffRequests(ours, theirs, this.harness.requestBody(this.ctx.ir, op));
  }

  private async responseDiffs(op: IROperation, deserialize: (r: unknown) => unknown, input: unknown, raw: RawResponse): Promise<Difference[]> {
    let ours: unknown;
    try {
      ours = deserialize({ statusCode: raw.statusCode, headers: raw.headers, body: raw.body });
    } catch (e) {
      ours = { throws: errorMessage(e) };
    }
    const theirs = await this.v2.response(op.name, structuredClone(input), raw);
    if (theirs.error) return [{ path: 'output', ours, theirs: { throws: `${theirs.error.code}: ${theirs.error.message}` } }];
    return diffValues(ours, theirs.data, 'output');
  }

  private errorCases(op: IROperation, errors: ReturnType<ServiceOracle['errorCodes']>, index: number): ErrorCase[] {
    const own = errors.filter((e) => op.errors.includes(e.name));
    const n = this.options.errorsPerOperation;
    // Rotating through the operation's errors, so that over a service most error codes come up.
    const picked = own.length <= n ? own : Array.from({ length: n }, (_, j) => own[(index + j) % own.length]);
    const cases: { name: string; code: string; shape?: string }[] = [...picked, { name: 'UnmodeledFailure', code: 'UnmodeledFailure' }];
    return cases.map((e, j) => {
      const shape = e.shape ? this.ctx.ir.shape(e.shape) : undefined;
      const status = (shape?.type === 'structure' && shape.httpStatusCode) || (e.shape ? 400 : 503);
      const members = e.shape
        ? (fc.sample(this.arbs.valid(e.shape), { seed: seedOf(`${basename(this.file)}#${e.name}`), numRuns: 1 })[0] as Record<string, unknown>)
        : undefined;
      return {
        code: e.code,
        shape: e.shape,
        modeled: e.name !== 'UnmodeledFailure',
        members,
        message: MESSAGES[(index + j) % MESSAGES.length],
        status,
        requestId: `err-${index}-${j}`,
        variant: (index + j) % this.harness.errorVariants,
      };
    });
  }

  private async errorDiffs(op: IROperation, deserialize: (r: unknown) => unknown, input: unknown, raw: RawResponse, e: ErrorCase): Promise<Difference[]> {
    let ours: any;
    try {
      deserialize({ statusCode: raw.statusCode, headers: raw.headers, body: raw.body });
      return [{ path: 'error', ours: 'no error thrown', theirs: e.code }];
    } catch (err) {
      ours = err;
    }
    const theirs = await this.v2.response(op.name, structuredClone(input), raw);
    if (!theirs.error) return [{ path: 'error', ours: ours.code, theirs: 'no error' }];
    const diffs = diffValues(
      { code: ours.code, message: ours.message, statusCode: ours.statusCode, requestId: ours.requestId },
      { code: theirs.error.code, message: theirs.error.message, statusCode: theirs.error.statusCode, requestId: theirs.error.requestId },
      'error',
    );
    const mod = await this.module();
    const modeled = this.ctx.index.errors.find((name) => name === e.shape || name === e.code);
    const want = modeled ? mod[this.ctx.symbols.errorClass(modeled).name] : mod.ServiceError;
    if (!(ours instanceof want) || (!modeled && ours.constructor !== mod.ServiceError)) {
      diffs.push({ path: 'error.class', ours: ours.constructor?.name, theirs: modeled ? `${modeled} class` : 'ServiceError' });
    }
    return diffs;
  }
}

/**
 * Renders the modules the client uses, beside `src/protocol.ts`:
 * - `src/errors.ts`: the modeled error classes and the table (code -> class) that the protocols read; the
 *   package's index re-exports it, so `instanceof` works without loading any shape table;
 * - `src/protocol/<operation>.ts`: one operation's data only, a table of the shapes it reaches (its input,
 *   its output, the errors) and its spec, loaded at the operation's first call. A one-call program then
 *   parses one operation's shapes, not every operation's (DynamoDB's whole table is 94 KB of JavaScript,
 *   half a one-call bundle); the module imports nothing, so loading it is one file;
 * - `src/protocol/service.ts`: the interpreter side, the service's protocol (its runtime class, loaded
 *   with the client) turning such data into the operation's serializer and deserializer.
 */
import type { CodegenContext } from '../../../context/context.js';
import { printLiteral, RawCode } from '../../../context/ts-literal.js';
import type { TsWriter } from '../../../context/ts-writer.js';
import type { IROperation } from '../../../ir/types.js';
import type { ProtocolGenerator } from './generator.js';
import { CODEC_DATA } from '../../../context/symbols.js';
import { renderTable, runtime, type PrintedEntries } from './render.js';
import { buildShapeTable } from './shape-table.js';

function renderErrorClasses(ctx: CodegenContext, w: TsWriter, base: string, types: string): void {
  for (const name of ctx.index.errors) {
    const shape = ctx.ir.shapes.get(name);
    const data = shape && ctx.index.isRecord(name) ? `${types}.${ctx.symbols.type(name).name}` : 'Record<string, never>';
    const what = shape ? 'modeled error' : 'error (the model gives no structure for it, so only its message)';
    w.code();
    w.doc(`The ${name} ${what}.`);
    w.code(`export class ${ctx.symbols.errorClass(name).name} extends ${base} {`);
    w.code(`  declare readonly data: ${data};`);
    w.code('}');
  }
}

/** The error table: code -> class (and shape, fault); literal code, since the table holds the classes. */
function errorSpecs(ctx: CodegenContext): Record<string, Record<string, unknown>> {
  const specs: Record<string, Record<string, unknown>> = Object.create(null);
  const codes = new Set<string>(ctx.index.errors);
  for (const name of ctx.index.errors) {
    const shape = ctx.ir.shapes.get(name);
    const spec: Record<string, unknown> = { ctor: new RawCode(ctx.symbols.errorClass(name).name) };
    if (ctx.index.isRecord(name)) spec.shape = name;
    if (shape?.type === 'structure' && shape.fault) spec.fault = true;
    specs[name] = spec;
    // A modeled error code that differs from the shape name (awsQueryCompatible services, Query's
    // awsQueryError) finds it too; the first error to claim a code keeps it.
    const code = shape?.type === 'structure' ? shape.errorCode : undefined;
    if (code && !codes.has(code)) {
      codes.add(code);
      specs[code] = spec;
    }
  }
  return specs;
}

/** `src/errors.ts`. */
export function renderErrors(ctx: CodegenContext): string {
  const w = ctx.tsFile(ctx.symbols.files.errors);
  w.titleLine(`The modeled errors of ${ctx.ir.metadata.serviceFullName}: a class each, and the table the protocol modules read.`);
  const errors = runtime(ctx, 'errors');
  const serviceError = w.value(errors, 'ServiceError');
  const spec = w.type(errors, 'ErrorSpec');
  const types = w.namespace(ctx.symbols.files.types, 'T', true);
  w.reexport(errors, 'ServiceError');
  renderErrorClasses(ctx, w, serviceError, types);
  const table = ctx.symbols.errorTable.name;
  w.code();
  w.doc('Every modeled error of the service, by error code.');
  const head = `export const ${table}: Readonly<Record<string, ${spec}>> = `;
  w.code(`${head}${printLiteral(errorSpecs(ctx), '', head.length, 1)};`);
  return w.toString();
}

/** The errors whose structures the error table names: each operation module's table carries them. */
function errorRoots(ctx: CodegenContext): string[] {
  return ctx.index.errors.filter((e) => ctx.index.isRecord(e));
}

/** `src/protocol/<operation>.ts`: data only. */
export function renderCodec(ctx: CodegenContext, gen: ProtocolGenerator, op: IROperation, printed: PrintedEntries = new Map()): string {
  const w = ctx.tsFile(ctx.symbols.codec(op.name).file);
  w.titleLine(`${op.name} of ${ctx.ir.metadata.serviceFullName} as data, loaded at its first call: its shapes and its spec (${gen.title(ctx)}).`);
  const roots = [...(op.input ? [op.input.target] : []), ...(op.output ? [op.output.target] : []), ...errorRoots(ctx)];
  const tables = buildShapeTable(ctx, roots, gen.table);
  w.code();
  renderTable(ctx, w, tables, CODEC_DATA.shapes, printed);
  w.code();
  const head = `export const ${CODEC_DATA.operation} = `;
  w.code(`${head}${printLiteral(gen.operationSpec(ctx, op, tables), '', head.length, 1)};`);
  return w.toString();
}

/** `src/protocol/service.ts`. */
export function renderCodecService(ctx: CodegenContext, gen: ProtocolGenerator): string {
  const w = ctx.tsFile(ctx.symbols.files.codecService);
  w.titleLine(`The protocol of ${ctx.ir.metadata.serviceFullName} (${gen.title(ctx)}): an operation module's data to its serializer and deserializer.`);
  const protocolClass = w.value(runtime(ctx, gen.protocolClass.module), gen.protocolClass.name);
  const operationType = w.type(runtime(ctx, gen.operationType.module), gen.operationType.name);
  const table = w.type(runtime(ctx, 'descriptors'), 'ShapeTable');
  const errors = w.value(ctx.symbols.errorTable.file, ctx.symbols.errorTable.name);
  const factory = ctx.symbols.codecFactory.name;
  w.code();
  w.doc('What an operation module exports.');
  w.code('export interface CodecData {');
  w.code(`  readonly ${CODEC_DATA.shapes}: ${table};`);
  w.code(`  readonly ${CODEC_DATA.operation}: Parameters<${protocolClass}['operation']>[0];`);
  w.code('}');
  w.code();
  w.doc("The operation's serializer and deserializer, on its own shapes.");
  w.code(`export function ${factory}<I, O>(data: CodecData): ${operationType}<I, O> {`);
  w.code(`  const protocol = new ${protocolClass}({`);
  for (const line of gen.serviceFields(ctx)) w.code(`  ${line}`);
  w.code(`    shapes: data.${CODEC_DATA.shapes},`);
  w.code(`    errors: ${errors},`);
  w.code('  });');
  w.code(`  return protocol.operation<I, O>(data.${CODEC_DATA.operation});`);
  w.code('}');
  return w.toString();
}

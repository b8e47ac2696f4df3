/** Renders `src/protocol.ts`: shape table, error classes, one (de)serializer pair per operation. */
import type { CodegenContext } from '../../../context/context.js';
import { propertyKey, stringLiteral } from '../../../context/escape.js';
import { printLiteral, RawCode } from '../../../context/ts-literal.js';
import { parenthesized, type TsWriter } from '../../../context/ts-writer.js';
import type { IROperation } from '../../../ir/types.js';
import type { ProtocolGenerator } from './generator.js';
import { buildShapeTable, type ShapeTableResult } from './shape-table.js';

/** A runtime module of the package. */
export function runtime(ctx: CodegenContext, name: string): string {
  return `${ctx.symbols.files.runtimeDir}/${name}.ts`;
}

function renderTable(ctx: CodegenContext, w: TsWriter, tables: ShapeTableResult): void {
  const table = w.type(runtime(ctx, 'descriptors'), 'ShapeTable');
  w.code(`const shapes: ${table} = {`);
  for (const [name, d] of tables.table) {
    // TypeScript types a literal's `toString:` or `constructor:` entry against Object's member, not the
    // record's value type: such an entry says its type.
    const cast = name in Object.prototype ? ` as ${w.type(runtime(ctx, 'descriptors'), 'ShapeDescriptor')}` : '';
    const head = `  ${propertyKey(name)}: `;
    w.code(`${head}${printLiteral(d, '  ', head.length, cast.length + 1)}${cast},`);
  }
  w.code('};');
}

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

function typeOf(ctx: CodegenContext, types: string, name: string | undefined, fallback: string): string {
  return name === undefined ? fallback : `${types}.${ctx.symbols.type(name).name}`;
}

function renderOperation(
  ctx: CodegenContext,
  gen: ProtocolGenerator,
  w: TsWriter,
  op: IROperation,
  tables: ShapeTableResult,
  types: string,
): void {
  const input = typeOf(ctx, types, op.input?.target, 'undefined');
  const output = typeOf(ctx, types, op.output?.target, 'Record<string, never>');
  const http = runtime(ctx, 'http');
  const request = w.type(http, 'HttpRequest');
  const response = w.type(http, 'HttpResponse');
  const key = stringLiteral(op.name);
  w.code();
  const head = `operations[${key}] = protocol.operation(`;
  w.code(`${head}${printLiteral(gen.operationSpec(ctx, op, tables), '', head.length, 2)});`);
  w.code();
  w.doc(`The HTTP request of ${op.name} (${gen.describe(ctx, op)}).`);
  w.code(parenthesized(`export function ${ctx.symbols.serializer(op.name).name}`, [op.input ? `input: ${input}` : 'input?: undefined'], `: ${request} {`));
  w.code(`  return operations[${key}].serialize(input);`);
  w.code('}');
  w.code();
  const throws = op.errors.map((e) => `@throws {@link ${ctx.symbols.errorClass(e).name}}`);
  w.doc([`The output of ${op.name} from its HTTP response; a failed response throws a {@link ServiceError}.`, ...throws]);
  w.code(parenthesized(`export function ${ctx.symbols.deserializer(op.name).name}`, [`response: ${response}`], `: ${output} {`));
  w.code(`  return operations[${key}].deserialize(response) as ${output};`);
  w.code('}');
}

/** The whole file. */
export function renderProtocol(ctx: CodegenContext, gen: ProtocolGenerator): string {
  const { ir, index } = ctx;
  const w = ctx.tsFile(ctx.symbols.files.protocol);
  w.fileDoc([
    `${gen.title(ctx)} serializers and deserializers of ${ir.metadata.serviceFullName}.`,
    '`serialize<Operation>Request(input)` builds the HTTP request; `deserialize<Operation>Response(response)`',
    'returns the typed output or throws the error class of a failed response.',
  ]);
  const protocolClass = w.value(runtime(ctx, gen.protocolClass.module), gen.protocolClass.name);
  const operationType = w.type(runtime(ctx, gen.operationType.module), gen.operationType.name);
  w.type(runtime(ctx, 'descriptors'), 'ShapeTable');
  const serviceError = w.value(runtime(ctx, 'errors'), 'ServiceError');
  w.type(runtime(ctx, 'http'), 'HttpRequest');
  w.type(runtime(ctx, 'http'), 'HttpResponse');
  const types = w.namespace(ctx.symbols.files.types, 'T', true);
  w.reexport(runtime(ctx, 'errors'), 'ServiceError');
  w.reexport(runtime(ctx, 'http'), 'requestUrl');
  w.reexport(runtime(ctx, 'http'), 'HttpRequest', true);
  w.reexport(runtime(ctx, 'http'), 'HttpResponse', true);
  const tables = buildShapeTable(ctx, index.protocolRoots, gen.table);
  w.code();
  renderTable(ctx, w, tables);
  renderErrorClasses(ctx, w, serviceError, types);
  w.code();
  w.code(`const protocol = new ${protocolClass}({`);
  for (const line of gen.serviceFields(ctx)) w.code(line);
  w.code('  shapes,');
  w.code(`  errors: ${printLiteral(errorSpecs(ctx), '  ', '  errors: '.length, 1)},`);
  w.code('});');
  w.code();
  w.doc('The compiled operations, by name.');
  // No prototype: an operation named like an Object member (`constructor`) is only a key here.
  w.code(`const operations: Record<string, ${operationType}<unknown, unknown>> = Object.create(null);`);
  for (const op of ir.operations) renderOperation(ctx, gen, w, op, tables, types);
  return w.toString();
}

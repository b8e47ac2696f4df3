/**
 * Renders `src/protocol.ts`: the shape table of every operation and one (de)serializer pair per operation
 * (the `./protocol` entry point); the error classes are errors.ts's and each operation's own module is
 * codec.ts's.
 */
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

/** Each shape's entry as printed, by shape name: one emit prints a shape once for all the tables that hold it. */
export type PrintedEntries = Map<string, string>;

/** `const shapes: ShapeTable = {...};`, exported under `exportAs` when given. */
export function renderTable(ctx: CodegenContext, w: TsWriter, tables: ShapeTableResult, exportAs?: string, printed: PrintedEntries = new Map()): void {
  const table = w.type(runtime(ctx, 'descriptors'), 'ShapeTable');
  w.code(`${exportAs ? `export const ${exportAs}` : 'const shapes'}: ${table} = {`);
  for (const [name, d] of tables.table) {
    // TypeScript types a literal's `toString:` or `constructor:` entry against Object's member, not the
    // record's value type: such an entry says its type.
    const cast = name in Object.prototype ? ` as ${w.type(runtime(ctx, 'descriptors'), 'ShapeDescriptor')}` : '';
    let line = printed.get(name);
    if (line === undefined) {
      const head = `  ${propertyKey(name)}: `;
      printed.set(name, (line = `${head}${printLiteral(d, '  ', head.length, cast.length + 1)}${cast},`));
    }
    w.code(line);
  }
  w.code('};');
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

/** `const protocol = new <Class>({ ...service fields, shapes, errors });`, the errors from errors.ts. */
function renderProtocolInstance(ctx: CodegenContext, gen: ProtocolGenerator, w: TsWriter): void {
  const protocolClass = w.value(runtime(ctx, gen.protocolClass.module), gen.protocolClass.name);
  const errors = w.value(ctx.symbols.errorTable.file, ctx.symbols.errorTable.name);
  w.code();
  w.code(`const protocol = new ${protocolClass}({`);
  for (const line of gen.serviceFields(ctx)) w.code(line);
  w.code('  shapes,');
  w.code(`  errors: ${errors},`);
  w.code('});');
}

/** The whole file. */
export function renderProtocol(ctx: CodegenContext, gen: ProtocolGenerator, printed: PrintedEntries = new Map()): string {
  const { ir, index } = ctx;
  const w = ctx.tsFile(ctx.symbols.files.protocol);
  w.fileDoc([
    `${gen.title(ctx)} serializers and deserializers of ${ir.metadata.serviceFullName}.`,
    '`serialize<Operation>Request(input)` builds the HTTP request; `deserialize<Operation>Response(response)`',
    'returns the typed output or throws the error class of a failed response.',
  ]);
  const operationType = w.type(runtime(ctx, gen.operationType.module), gen.operationType.name);
  w.type(runtime(ctx, 'http'), 'HttpRequest');
  w.type(runtime(ctx, 'http'), 'HttpResponse');
  const types = w.namespace(ctx.symbols.files.types, 'T', true);
  // The error classes and ServiceError, so that this entry point names what its deserializers throw.
  w.reexportAll(ctx.symbols.files.errors);
  w.reexport(runtime(ctx, 'http'), 'requestUrl');
  w.reexport(runtime(ctx, 'http'), 'HttpRequest', true);
  w.reexport(runtime(ctx, 'http'), 'HttpResponse', true);
  const tables = buildShapeTable(ctx, index.protocolRoots, gen.table);
  w.code();
  renderTable(ctx, w, tables, undefined, printed);
  renderProtocolInstance(ctx, gen, w);
  w.code();
  w.doc('The compiled operations, by name.');
  // No prototype: an operation named like an Object member (`constructor`) is only a key here.
  w.code(`const operations: Record<string, ${operationType}<unknown, unknown>> = Object.create(null);`);
  for (const op of ir.operations) renderOperation(ctx, gen, w, op, tables, types);
  return w.toString();
}

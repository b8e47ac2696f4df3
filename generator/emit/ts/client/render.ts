/**
 * Renders the client part of a generated package, as data for the runtime's interpreter:
 * - `src/base-client.ts`: the service as data (endpoint prefix, signing, the region rules that concern it)
 *   and the bare client (`DynamoDBClient`) that the standalone operations take;
 * - `src/client-operations.ts`: each operation as data (its generated serializer, deserializer and validator) and
 *   a standalone function per operation (`getItem(client, input)`), so a bundler keeps only what is used;
 * - `src/client.ts`: the client with one method per operation (`new DynamoDB().getItem(input)`);
 * - `src/paginators.ts`: `paginate<Op>` (pages) and `paginate<Op>Items` (items) from the model's paginators.
 * Every name comes from the symbol table; the writer owns header, imports and comment escaping.
 */
import type { ClientOperationFacts } from '../../../context/client-facts.js';
import type { CodegenContext } from '../../../context/context.js';
import { stringLiteral } from '../../../context/escape.js';
import type { TsWriter } from '../../../context/ts-writer.js';
import type { IROperation } from '../../../ir/types.js';
import { htmlToMarkdown } from '../types/html-markdown.js';
import { escapeDocText } from '../types/tsdoc.js';
import { REGION_DATA } from './region-data.js';
import { serviceRegionRules } from './region-table.js';

/** Per emit: each operation's documentation as TSDoc Markdown, converted once for its method and its function. */
export type DocCache = Map<string, string>;

const literal = (value: unknown) => JSON.stringify(value);

function runtime(ctx: CodegenContext, module: string): string {
  return `${ctx.symbols.files.runtimeDir}/${module}.ts`;
}

function ioType(ctx: CodegenContext, t: string, op: IROperation, role: 'input' | 'output'): string {
  const ref = op[role];
  return ref ? `${t}.${ctx.symbols.type(ref.target).name}` : 'Record<string, never>';
}

/** The operation's TSDoc: its documentation, what it throws, and `@deprecated`. */
function operationDoc(ctx: CodegenContext, docs: DocCache, f: ClientOperationFacts, lead: string): string[] {
  let text = docs.get(f.op.name);
  if (text === undefined) docs.set(f.op.name, (text = escapeDocText(htmlToMarkdown(f.op.documentation, (html) => ctx.index.html(html)))));
  const lines = [lead, ...(text ? ['', text] : [])];
  if (f.streamingOutput) lines.push('', 'The output payload is a `ReadableStream<Uint8Array>`: read it (or cancel it) to free the connection.');
  lines.push('', ...f.op.errors.map((e) => `@throws {@link ${ctx.symbols.errorClass(e).name}}`));
  lines.push('@throws {@link ServiceError} for an error the model does not name; `RequestValidationError` for an invalid input, `TimeoutError` or `NetworkError` when the service cannot be reached.');
  if (f.op.deprecated) lines.push(`@deprecated ${escapeDocText(htmlToMarkdown(f.op.deprecatedMessage ?? ''))}`.trimEnd());
  return lines;
}

function params(ctx: CodegenContext, t: string, f: ClientOperationFacts, options: string): string {
  const input = ioType(ctx, t, f.op, 'input');
  const empty = f.inputShadowsObject ? `{} as ${input}` : '{}';
  return `input: ${input}${f.optionalInput ? ` = ${empty}` : ''}, options?: ${options}`;
}

export function renderBaseClient(ctx: CodegenContext): string {
  const { ir, symbols } = ctx;
  const meta = ir.metadata;
  const c = symbols.client;
  const w = ctx.tsFile(symbols.files.baseClient);
  w.titleLine(`The ${meta.serviceFullName} service as data, and its bare client.`);
  const base = w.value(runtime(ctx, 'client'), 'ServiceClient');
  const config = w.type(runtime(ctx, 'client-config'), 'ClientConfig');
  const specType = w.type(runtime(ctx, 'client-config'), 'ServiceSpec');
  const prefix = meta.endpointPrefix ?? symbols.rPrefix;
  const spec = {
    serviceId: String(meta.serviceId ?? meta.serviceFullName),
    endpointPrefix: prefix,
    signingName: meta.signingName ?? prefix,
    signatureVersion: String(meta.signatureVersion ?? 'v4'),
    regions: serviceRegionRules(REGION_DATA, prefix),
  };
  w.code();
  w.doc(`${meta.serviceFullName}: its endpoints, signing, and the region rules of the AWS SDK v2 that concern it.`);
  w.code(`export const ${c.service.name}: ${specType} = ${JSON.stringify(spec, null, 2)};`);
  w.code();
  w.doc([`A client of ${meta.serviceFullName} without methods: call operations with the standalone functions of`, 'client-operations.ts, so that a bundler keeps only the operations used.']);
  w.code(`export class ${c.bareClient.name} extends ${base} {`);
  w.code(`  constructor(config: ${config} = {}) {`);
  w.code(`    super(${c.service.name}, config);`);
  w.code('  }');
  w.code('}');
  return w.toString();
}

function specLiteral(ctx: CodegenContext, f: ClientOperationFacts, P: string, w: TsWriter): string {
  const op = f.op;
  const serialize = ctx.symbols.serializer(op.name).name;
  const parts = [`name: ${stringLiteral(op.name)}`];
  parts.push(op.input ? `serialize: ${P}.${serialize}` : `serialize: () => ${P}.${serialize}()`);
  parts.push(`deserialize: ${P}.${ctx.symbols.deserializer(op.name).name}`);
  // The input's check is loaded at the operation's first call: importing the client loads no check.
  const check = op.input && ctx.symbols.inputCheck(op.input.target);
  if (check) parts.push(`loadCheck: () => import(${stringLiteral(w.specifier(check.file))}).then((m) => m.${check.name})`);
  if (f.auth) parts.push(`auth: ${literal(f.auth)}`);
  if (f.streamingOutput) parts.push('streamingOutput: true');
  if (f.bucket) parts.push(`bucket: ${stringLiteral(f.bucket)}`);
  return `{\n  ${parts.join(',\n  ')},\n}`;
}

export function renderOperations(ctx: CodegenContext, docs: DocCache): string {
  const { symbols } = ctx;
  const w = ctx.tsFile(symbols.files.operations);
  w.titleLine(`The operations of ${ctx.ir.metadata.serviceFullName}: each as data, and as a function of a client.`);
  const options = w.type(runtime(ctx, 'client'), 'CallOptions');
  const specType = w.type(runtime(ctx, 'client'), 'OperationSpec');
  const bare = w.type(symbols.client.bareClient.file, symbols.client.bareClient.name);
  const P = w.namespace(symbols.files.protocol, 'P');
  const T = w.namespace(symbols.files.types, 'T', true);
  for (const f of ctx.index.clientOperations) {
    const s = symbols.operation(f.op.name);
    const output = ioType(ctx, T, f.op, 'output');
    w.code();
    w.doc(`${f.op.name} as data: what the client runs to call it.`);
    w.code(`export const ${s.spec.name}: ${specType}<${ioType(ctx, T, f.op, 'input')}, ${output}> = ${specLiteral(ctx, f, P, w)};`);
    w.code();
    w.doc(operationDoc(ctx, docs, f, `Calls ${f.op.name} through \`client\`.`));
    w.code(`export function ${s.fn.name}(client: ${bare}, ${params(ctx, T, f, options)}): Promise<${output}> {`);
    w.code(`  return client.send(${s.spec.name}, input, options);`);
    w.code('}');
  }
  return w.toString();
}

export function renderClient(ctx: CodegenContext, docs: DocCache): string {
  const { ir, symbols } = ctx;
  const c = symbols.client;
  const w = ctx.tsFile(symbols.files.client);
  w.titleLine(`The ${ir.metadata.serviceFullName} client: one method per operation.`);
  const options = w.type(runtime(ctx, 'client'), 'CallOptions');
  const bare = w.value(c.bareClient.file, c.bareClient.name);
  const T = w.namespace(symbols.files.types, 'T', true);
  for (const r of c.runtimeExports) w.reexport(r.file, r.name, r.typeOnly, r.as);
  w.reexport(c.bareClient.file, c.bareClient.name);
  w.reexport(c.service.file, c.service.name);
  const first = ctx.index.clientOperations.find((f) => !f.optionalInput) ?? ctx.index.clientOperations[0];
  w.code();
  w.doc([
    `The ${ir.metadata.serviceFullName} client (API version ${ir.metadata.apiVersion}).`,
    '',
    '```ts',
    `const client = new ${c.client.name}({ region: 'eu-west-1' });`,
    ...(first ? [`const output = await client.${symbols.operation(first.op.name).method}(input);`] : []),
    '```',
    '',
    'Credentials come from the `credentials` option, the environment or the shared AWS files; inputs are',
    'validated before anything is sent; throttling, 5xx and network errors are retried (standard mode).',
  ]);
  w.code(`export class ${c.client.name} extends ${bare} {`);
  for (const f of ctx.index.clientOperations) {
    const s = symbols.operation(f.op.name);
    const spec = w.value(s.spec.file, s.spec.name);
    w.doc(operationDoc(ctx, docs, f, `Calls ${f.op.name}.`), '  ');
    w.code(`  ${s.method}(${params(ctx, T, f, options)}): Promise<${ioType(ctx, T, f.op, 'output')}> {`);
    w.code(`    return this.send(${spec}, input, options);`);
    w.code('  }');
    w.code();
  }
  w.code('}');
  return w.toString();
}

/** `NonNullable<NonNullable<T.Out["A"]>["B"]>[number]`: one item at the paginator's result key. */
function itemType(ctx: CodegenContext, T: string, f: ClientOperationFacts): string {
  let type = ioType(ctx, T, f.op, 'output');
  for (const member of f.itemPath ?? []) type = `NonNullable<${type}[${stringLiteral(member)}]>`;
  return `${type}[number]`;
}

export function renderPaginators(ctx: CodegenContext): string {
  const { symbols } = ctx;
  const w = ctx.tsFile(symbols.files.paginators);
  w.titleLine(`Paginators of ${ctx.ir.metadata.serviceFullName}, from the model's paginators file.`);
  const paged = ctx.index.clientOperations.filter((f) => f.paginator);
  if (paged.length === 0) return w.code('export {};').toString();
  const options = w.type(runtime(ctx, 'client'), 'CallOptions');
  const bare = w.type(symbols.client.bareClient.file, symbols.client.bareClient.name);
  const T = w.namespace(symbols.files.types, 'T', true);
  const paginate = w.value(runtime(ctx, 'paginate'), 'paginate');
  for (const f of paged) {
    const s = symbols.operation(f.op.name);
    const { resultKey, ...pages } = f.paginator!;
    const input = ioType(ctx, T, f.op, 'input');
    const output = ioType(ctx, T, f.op, 'output');
    const spec = w.value(s.spec.file, s.spec.name);
    w.code();
    w.doc(`Every page of ${f.op.name}, from \`input\` on (which may carry a token to resume from): each next request carries the previous page's ${f.paginator!.inputTokens.join(', ')}.`);
    w.code(`export function ${s.paginator!.name}(client: ${bare}, ${params(ctx, T, f, options)}): AsyncGenerator<${output}, void, undefined> {`);
    w.code(`  return ${paginate}<${input}, ${output}>((page) => client.send(${spec}, page, options), ${literal(pages)}, input);`);
    w.code('}');
    if (s.itemPaginator && resultKey) {
      const items = w.value(runtime(ctx, 'paginate'), 'paginateItems');
      w.code();
      w.doc(`Every item of every page of ${f.op.name} (the elements of its result key).`);
      w.code(`export function ${s.itemPaginator.name}(client: ${bare}, ${params(ctx, T, f, options)}): AsyncGenerator<${itemType(ctx, T, f)}, void, undefined> {`);
      w.code(`  return ${items}(${s.paginator!.name}(client, input, options), ${literal(resultKey)});`);
      w.code('}');
    }
  }
  return w.toString();
}

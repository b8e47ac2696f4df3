/**
 * Renders the client part of a generated package, as data for the runtime's interpreter:
 * - `src/base-client.ts`: the service as data (endpoint prefix, signing, the region rules that concern it)
 *   and the bare client (`DynamoDBClient`) that the standalone operations take;
 * - `src/operations.ts`: each operation as data (its generated serializer, deserializer and validator) and
 *   a standalone function per operation (`getItem(client, input)`), so a bundler keeps only what is used;
 * - `src/client.ts`: the client with one method per operation (`new DynamoDB().getItem(input)`);
 * - `src/paginators.ts`: `paginate<Op>` (pages) and `paginate<Op>Items` (items) from the model's paginators.
 */
import type { IROperation, IRService } from '../../../ir/types.js';
import type { ClientNames } from '../../../names/names.js';
import { generatedHeader } from '../package/header.js';
import { htmlToMarkdown } from '../types/html-markdown.js';
import { escapeDocText } from '../types/tsdoc.js';
import type { OperationFacts } from './facts.js';
import { REGION_DATA } from './region-data.js';
import { serviceRegionRules } from './region-table.js';

export interface ClientInputs {
  readonly ir: IRService;
  readonly names: ClientNames;
  readonly facts: readonly OperationFacts[];
  /** Per operation: the generated serializer, deserializer and input validator names. */
  readonly serializers: ReadonlyMap<string, string>;
  readonly deserializers: ReadonlyMap<string, string>;
  readonly validators: ReadonlyMap<string, string>;
  /** Per modeled error: its generated class. */
  readonly errorClasses: ReadonlyMap<string, string>;
  /** The runtime names the client re-exports, by the name they are exported as. */
  readonly runtimeExports: ReadonlyMap<string, { readonly name: string; readonly from: string; readonly type: boolean }>;
  /** Each operation's documentation as TSDoc Markdown, converted once for both the method and the function. */
  readonly docs: Map<string, string>;
}

const literal = (value: unknown) => JSON.stringify(value);

function comment(lines: readonly string[]): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => (l === '' ? ' *' : ` * ${l}`));
  return ['/**', ...body, ' */'].join('\n');
}

function inputType(ir: IRService, op: IROperation): string {
  return op.input ? `T.${ir.shape(op.input.target).tsName}` : 'Record<string, never>';
}

function outputType(ir: IRService, op: IROperation): string {
  return op.output ? `T.${ir.shape(op.output.target).tsName}` : 'Record<string, never>';
}

/** The operation's TSDoc: its documentation, what it throws, and `@deprecated`. */
function operationDoc(inputs: ClientInputs, f: OperationFacts, lead: string): string {
  let docs = inputs.docs.get(f.op.name);
  if (docs === undefined) inputs.docs.set(f.op.name, (docs = escapeDocText(htmlToMarkdown(f.op.documentation))));
  const lines = [lead, ...(docs ? ['', docs] : [])];
  if (f.streamingOutput) lines.push('', 'The output payload is a `ReadableStream<Uint8Array>`: read it (or cancel it) to free the connection.');
  const throws = f.op.errors.map((e) => `@throws {@link ${inputs.errorClasses.get(e) ?? e}}`);
  lines.push('', ...throws, '@throws {@link ServiceError} for an error the model does not name; `RequestValidationError` for an invalid input, `TimeoutError` or `NetworkError` when the service could not be reached.');
  if (f.op.deprecated) lines.push(`@deprecated ${escapeDocText(htmlToMarkdown(f.op.deprecatedMessage ?? ''))}`.trimEnd());
  return comment(lines);
}

function params(inputs: ClientInputs, f: OperationFacts): string {
  const type = inputType(inputs.ir, f.op);
  return `${f.optionalInput ? 'input: ' + type + ' = {}' : 'input: ' + type}, options?: CallOptions`;
}

export function renderBaseClient(inputs: ClientInputs): string {
  const { ir, names } = inputs;
  const meta = ir.metadata;
  const prefix = meta.endpointPrefix ?? ir.prefix;
  const signatureVersion = String(meta.signatureVersion ?? 'v4');
  const spec = {
    serviceId: String(meta.serviceId ?? meta.serviceFullName),
    endpointPrefix: prefix,
    signingName: meta.signingName ?? prefix,
    signatureVersion,
    regions: serviceRegionRules(REGION_DATA, prefix),
  };
  return [
    generatedHeader(ir.source) + `// The ${meta.serviceFullName} service as data, and its bare client.\n`,
    `import { ServiceClient, type ClientConfig, type ServiceSpec } from './runtime/client.js';\n`,
    comment([`${meta.serviceFullName}: its endpoints, signing and the region rules of the AWS SDK v2 that concern it.`]),
    `export const ${names.service}: ServiceSpec = ${JSON.stringify(spec, null, 2)};\n`,
    comment([
      `A client of ${meta.serviceFullName} without methods: call operations with the standalone functions`,
      `(\`import { ${names.bareClient}, ${names.functions.values().next().value ?? 'operation'} } from ...\`), so that a bundler keeps only the operations used.`,
    ]),
    `export class ${names.bareClient} extends ServiceClient {`,
    `  constructor(config: ClientConfig = {}) {\n    super(${names.service}, config);\n  }`,
    '}',
    '',
  ].join('\n');
}

function specLiteral(inputs: ClientInputs, f: OperationFacts): string {
  const op = f.op;
  const parts = [`name: ${literal(op.name)}`];
  parts.push(op.input ? `serialize: P.${inputs.serializers.get(op.name)}` : `serialize: () => P.${inputs.serializers.get(op.name)}()`);
  parts.push(`deserialize: P.${inputs.deserializers.get(op.name)}`);
  const validate = inputs.validators.get(op.name);
  if (validate) parts.push(`validate: V.${validate}`);
  if (f.auth) parts.push(`auth: ${literal(f.auth)}`);
  if (f.streamingOutput) parts.push('streamingOutput: true');
  if (f.bucket) parts.push(`bucket: ${literal(f.bucket)}`);
  return `{\n  ${parts.join(',\n  ')},\n}`;
}

export function renderOperations(inputs: ClientInputs): string {
  const { ir, names } = inputs;
  const out = [
    generatedHeader(ir.source) + `// The operations of ${ir.metadata.serviceFullName}: each as data, and as a function of a client.\n`,
    `import type { CallOptions, OperationSpec } from './runtime/client.js';`,
    `import type { ${names.bareClient} } from './base-client.js';`,
    `import * as P from './protocol.js';`,
    `import type * as T from './types.js';`,
    `import * as V from './validators.js';\n`,
  ];
  for (const f of inputs.facts) {
    const op = f.op;
    const io = `${inputType(ir, op)}, ${outputType(ir, op)}`;
    out.push(
      comment([`${op.name} as data: what the client runs to call it.`]),
      `export const ${names.specs.get(op.name)}: OperationSpec<${io}> = ${specLiteral(inputs, f)};\n`,
      operationDoc(inputs, f, `Calls ${op.name} through \`client\`.`),
      `export function ${names.functions.get(op.name)}(client: ${names.bareClient}, ${params(inputs, f)}): Promise<${outputType(ir, op)}> {`,
      `  return client.send(${names.specs.get(op.name)}, input, options);`,
      '}\n',
    );
  }
  return out.join('\n');
}

export function renderClient(inputs: ClientInputs): string {
  const { ir, names } = inputs;
  const meta = ir.metadata;
  const specs = inputs.facts.map((f) => names.specs.get(f.op.name)!);
  const byModule = new Map<string, string[]>();
  for (const [as, r] of inputs.runtimeExports) {
    const list = byModule.get(r.from) ?? byModule.set(r.from, []).get(r.from)!;
    list.push(`${r.type ? 'type ' : ''}${r.name === as ? as : `${r.name} as ${as}`}`);
  }
  const reexports = [...byModule].map(([from, list]) => `export { ${list.join(', ')} } from './runtime/${from}.js';`);
  const first = inputs.facts.find((f) => !f.optionalInput) ?? inputs.facts[0];
  const out = [
    generatedHeader(ir.source) + `// The ${meta.serviceFullName} client: one method per operation.\n`,
    `import type { CallOptions } from './runtime/client.js';`,
    `import { ${names.bareClient} } from './base-client.js';`,
    specs.length ? `import { ${specs.join(', ')} } from './operations.js';` : '',
    `import type * as T from './types.js';\n`,
    ...reexports,
    `export { ${names.bareClient}, ${names.service} } from './base-client.js';\n`,
    comment([
      `The ${meta.serviceFullName} client (API version ${meta.apiVersion}).`,
      '',
      '```ts',
      `const client = new ${names.client}({ region: 'eu-west-1' });`,
      ...(first ? [`const output = await client.${names.methods.get(first.op.name)}(input);`] : []),
      '```',
      '',
      'Credentials come from the `credentials` option, the environment or the shared AWS files; inputs are',
      'validated before anything is sent; throttling, 5xx and network errors are retried (standard mode).',
    ]),
    `export class ${names.client} extends ${names.bareClient} {`,
  ];
  for (const f of inputs.facts) {
    out.push(
      operationDoc(inputs, f, `Calls ${f.op.name}.`).replace(/^/gm, '  '),
      `  ${names.methods.get(f.op.name)}(${params(inputs, f)}): Promise<${outputType(ir, f.op)}> {`,
      `    return this.send(${names.specs.get(f.op.name)}, input, options);`,
      '  }\n',
    );
  }
  out.push('}', '');
  return out.join('\n');
}

export function renderPaginators(inputs: ClientInputs): string {
  const { ir, names } = inputs;
  const paged = inputs.facts.filter((f) => f.paginator);
  const specs = paged.map((f) => names.specs.get(f.op.name)!);
  const out = [
    generatedHeader(ir.source) + `// Paginators of ${ir.metadata.serviceFullName}, from the model's paginators file.\n`,
  ];
  if (paged.length === 0) return out.concat('export {};', '').join('\n');
  const usesItems = paged.some((f) => names.itemPaginators.has(f.op.name));
  out.push(
    `import type { CallOptions } from './runtime/client.js';`,
    `import { paginate${usesItems ? ', paginateItems' : ''} } from './runtime/paginate.js';`,
    `import type { ${names.bareClient} } from './base-client.js';`,
    `import { ${specs.join(', ')} } from './operations.js';`,
    `import type * as T from './types.js';\n`,
  );
  for (const f of paged) {
    const op = f.op;
    const p = f.paginator!;
    const { resultKey, ...pages } = p;
    const input = inputType(ir, op);
    const output = outputType(ir, op);
    const call = `(page) => client.send(${names.specs.get(op.name)}, page, options)`;
    out.push(
      comment([`Every page of ${op.name}, from \`input\` on (which may carry a token to resume from): the pages' ${p.inputTokens.join(', ')} follow the previous page's output.`]),
      `export function ${names.paginators.get(op.name)}(client: ${names.bareClient}, ${params(inputs, f)}): AsyncGenerator<${output}, void, undefined> {`,
      `  return paginate<${input}, ${output}>(${call}, ${literal(pages)}, input);`,
      '}\n',
    );
    const items = names.itemPaginators.get(op.name);
    if (items && resultKey) {
      out.push(
        comment([`Every item of every page of ${op.name} (the elements of its result key).`]),
        `export function ${items}(client: ${names.bareClient}, ${params(inputs, f)}): AsyncGenerator<${f.itemType ?? 'unknown'}, void, undefined> {`,
        `  return paginateItems(${names.paginators.get(op.name)}(client, input, options), ${literal(resultKey)});`,
        '}\n',
      );
    }
  }
  return out.join('\n');
}

/** The client part of the generated package's README: how to call the service, first thing in the file. */
import type { CodegenContext } from '../../../context/context.js';
import type { IRService } from '../../../ir/types.js';

/** A placeholder value for a required member in the example, by the member's type. */
function placeholder(ir: IRService, target: string, name: string): string {
  const shape = ir.shape(target);
  switch (shape.type) {
    case 'string':
      return shape.enum?.length ? `'${shape.enum[0]}'` : `'my-${name.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}'`;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return '1';
    case 'boolean':
      return 'true';
    case 'list':
      return '[]';
    case 'timestamp':
      return 'new Date()';
    case 'blob':
      return 'new Uint8Array()';
    default:
      return '{}';
  }
}

export function clientReadme(ctx: CodegenContext): string[] {
  const { ir, symbols } = ctx;
  const facts = ctx.index.clientOperations;
  const f = facts.find((x) => x.op.input && !x.optionalInput) ?? facts[0];
  if (!f) return [];
  const pkg = symbols.packageName;
  const c = symbols.client;
  const input = f.op.input ? ir.shape(f.op.input.target) : undefined;
  const required = input?.type === 'structure' ? input.members.filter((m) => m.required) : [];
  const literal = `{ ${required.map((m) => `${m.name}: ${placeholder(ir, m.target, m.name)}`).join(', ')} }`;
  const method = symbols.operation(f.op.name).method;
  const fn = symbols.operation(f.op.name).fn.name;
  const error = facts.flatMap((x) => x.op.errors).find((e) => /NotFound/.test(e)) ?? f.op.errors[0];
  const paged = facts.find((x) => symbols.operation(x.op.name).itemPaginator) ?? facts.find((x) => x.paginator);
  const lines = [
    '## The client',
    '',
    '```ts',
    `import { ${c.client.name} } from '${pkg}';`,
    '',
    `const client = new ${c.client.name}({ region: 'eu-west-1' });`,
    `const output = await client.${method}(${required.length ? literal : ''});`,
    '```',
    '',
    'One async method per operation, typed input and output. Before anything is sent the input is checked',
    'with the generated validators (every problem at once, as a `RequestValidationError`; `validate: false`',
    'turns it off). Requests are signed with Signature Version 4; credentials come from the `credentials`',
    'option (keys or a provider function), else the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,',
    '`AWS_SESSION_TOKEN`), else the `AWS_PROFILE` (or `default`) profile of `~/.aws/credentials` and',
    '`~/.aws/config`. The region comes from `region`, `AWS_REGION` or the profile.',
    '',
    'Options: `endpoint` (a local server or a proxy), `timeoutMs` (per attempt, 120 s), `retry` (`maxAttempts`',
    '3, `baseDelayMs`, `maxDelayMs`: the AWS standard mode, with throttling, 5xx and network errors retried),',
    '`handler` (what sends the request: the platform `fetch` unless given), `useFipsEndpoint`,',
    '`useDualstackEndpoint`, `forcePathStyle` (S3). Per call: `{ signal, timeoutMs }` as the last argument.',
    '',
  ];
  if (error) {
    lines.push(
      `A modeled error is thrown as its class (\`${symbols.errorClass(error).name}\`), with \`statusCode\`, \`requestId\`, \`data\` and the raw \`response\`; any`,
      'other service error as a `ServiceError`, and a service that cannot be reached as a `TimeoutError` or `NetworkError`.',
      '',
    );
  }
  lines.push(
    'To let a bundler keep only the operations you call, use the bare client and the standalone functions:',
    '',
    '```ts',
    `import { ${c.bareClient.name}, ${fn} } from '${pkg}';`,
    '',
    `const output = await ${fn}(new ${c.bareClient.name}({ region: 'eu-west-1' })${required.length ? ', ' + literal : ''});`,
    '```',
    '',
  );
  if (paged) {
    const names = symbols.operation(paged.op.name);
    const items = names.itemPaginator?.name;
    lines.push(
      'Paginated operations have async iterators of pages' + (items ? ' and of items:' : ':'),
      '',
      '```ts',
      `for await (const page of ${names.paginator!.name}(client, {})) console.log(page);`,
      ...(items ? [`for await (const item of ${items}(client, {})) console.log(item);`] : []),
      '```',
      '',
    );
  }
  return lines;
}

import { stringLiteral } from '../../generator/context/escape.js';
import type { Emitter } from '../../generator/emit/types.js';

/** `src/operations.ts`: every operation of the service, with the function that serializes its request. */
export const operationsEmitter: Emitter = {
  name: 'example-operations',
  outputs: ['src/operations.ts'],
  emit(ctx) {
    const w = ctx.tsFile('src/operations.ts');
    w.titleLine(`The operations of ${ctx.ir.metadata.serviceFullName}.`);
    w.doc('Operation name -> its request serializer.');
    w.code('export const operations = {');
    for (const op of ctx.ir.operations) {
      const serialize = w.value(ctx.symbols.files.protocol, ctx.symbols.serializer(op.name).name);
      w.code(`  ${stringLiteral(op.name)}: ${serialize},`);
    }
    w.code('} as const;');
    return [{ path: w.path, contents: w.toString() }];
  },
};

/**
 * The generated protocol module of a service (`src/protocol.ts` and its `src/runtime/`), written as the
 * generator emits it into a temporary folder and imported as TypeScript through vitest's own transform.
 * bench/serialize.ts's importGenerated transpiles with the TypeScript compiler instead, which takes
 * seconds for a large service's table: here that would be most of the suite's time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodegenContext } from '../../../../generator/context/context.js';
import { protocolEmitter } from '../../../../generator/emit/ts/protocol/index.js';
import { runtimeFilesEmitter } from '../../../../generator/emit/ts/runtime-files/index.js';

export async function importProtocolModule(ctx: CodegenContext): Promise<any> {
  const files = [...protocolEmitter.emit(ctx), ...runtimeFilesEmitter.emit(ctx)];
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-v2-oracle-'));
  try {
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.contents);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    return await import(pathToFileURL(join(dir, ctx.symbols.files.protocol)).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

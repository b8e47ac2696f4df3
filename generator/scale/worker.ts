/**
 * Worker thread entry: runs model jobs sent by the pool, one at a time, and posts the results back. The
 * worker's session (templates, formatter, compiled schema check) lives as long as the worker.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { EmitOptions } from '../context/context.js';
import { GeneratorSession } from '../context/session.js';
import { checkModel, generateModel } from '../pipeline.js';

/** Serves jobs on `port` with one session for the worker's life. */
function serve(port: MessagePort, options: EmitOptions): void {
  const session = new GeneratorSession();
  port.on('message', async (msg: { id: number; file: string; checkOnly: boolean }) => {
    try {
      const output = msg.checkOnly ? checkModel(msg.file, session) : await generateModel(msg.file, { session, options });
      port.postMessage({ id: msg.id, output });
    } catch (e) {
      port.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e) });
    }
  });
}

if (!parentPort) throw new Error('shapegen: worker.js must run in a worker thread');
serve(parentPort, ((workerData as { options?: EmitOptions } | undefined)?.options ?? {}) as EmitOptions);

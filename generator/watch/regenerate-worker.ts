/** The worker behind `--watch`: runs the pipeline on request and answers with files or problems (as data). */
import { parentPort } from 'node:worker_threads';
import { generateAll } from '../pipeline.js';
import { ModelValidationError } from '../validate/errors.js';
import type { WorkerReply } from './regenerator.js';

parentPort?.on('message', async (req: { id: number; models: string[] }) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, files: await generateAll(req.models) };
  } catch (e) {
    reply = e instanceof ModelValidationError
      ? { id: req.id, ok: false, problems: [...e.errors] }
      : { id: req.id, ok: false, message: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(reply);
});

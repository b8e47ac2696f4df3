/** Worker thread entry: runs model jobs sent by the pool, one at a time, and posts the results back. */
import { parentPort } from 'node:worker_threads';
import { runModelJob } from './model-job.js';

if (!parentPort) throw new Error('shapegen: worker.js must run in a worker thread');
const port = parentPort;

port.on('message', async (msg: { id: number; file: string }) => {
  try {
    port.postMessage({ id: msg.id, output: await runModelJob(msg.file) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e) });
  }
});

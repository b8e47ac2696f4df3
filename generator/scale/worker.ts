/** Worker thread entry: runs model jobs sent by the pool, one at a time, and posts the results back. */
import { parentPort } from 'node:worker_threads';
import { JobState, runModelJob, type JobOptions } from './model-job.js';

if (!parentPort) throw new Error('shapegen: worker.js must run in a worker thread');
const port = parentPort;
// A worker lives for one run of the pool: its state is that run's.
const state = new JobState();

port.on('message', async (msg: { id: number; file: string; options?: JobOptions }) => {
  try {
    port.postMessage({ id: msg.id, output: await runModelJob(msg.file, msg.options, state) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e) });
  }
});

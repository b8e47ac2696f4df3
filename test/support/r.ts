/**
 * The test run's R, from a test file: R 4.3 or 4.6 under webR, shared by every test file of the run
 * (test/support/r-global-setup.ts). R that cannot start is a failure saying why, never a skip.
 */
import { request } from 'node:http';
import { inject } from 'vitest';
import type { RRunner, RVersion } from '../../scripts/r/webr.js';
import type { RResponse } from './r-global-setup.js';
import './r-context.js';

function post(url: string, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let s = '';
      res.setEncoding('utf8').on('data', (d: string) => (s += d));
      res.on('end', () => resolve(s));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function ask(version: RVersion, program: string): Promise<{ description: string; out: string }> {
  const url = inject('rServer');
  if (!url) throw new Error('The R server is not running: run the tests with vitest.config.ts (its globalSetup starts it).');
  const answer = JSON.parse(await post(url, JSON.stringify({ version, program }))) as RResponse;
  if (!answer.ok) throw new Error(`R ${version} (webR) failed: ${answer.error}`);
  return answer;
}

/** R `version`, started if it is not yet; throws with R's or webR's message when it cannot start. */
export async function sharedR(version: RVersion): Promise<RRunner> {
  const { description } = await ask(version, '""');
  return { description, run: async (program) => (await ask(version, program)).out };
}

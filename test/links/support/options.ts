/** The checker's settings in the tests: short timeout and retry delay, names resolved locally. */
import type { RunOptions } from '../../../generator/links/run-links.js';
import { testLookup } from './server.js';

export const CHECK: RunOptions = {
  concurrency: 8, perHost: 4, delayMs: 0, timeoutMs: 300, retries: 1, retryDelayMs: 5, maxRedirects: 5,
  userAgent: 'shapegen-test', maxAgeMs: 0, lookup: testLookup,
};

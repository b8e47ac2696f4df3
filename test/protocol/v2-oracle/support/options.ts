/** How much of each operation the oracle tries: few cases, a fixed seed per operation (runner.ts). */
import type { RunOptions } from './runner.js';

export const RUN_OPTIONS: RunOptions = {
  runs: 4,
  errorsPerOperation: 2,
  arbitraries: {
    blobs: 'bytes',
    // Real timestamps: the wire formats (ISO 8601's four-digit year) do not reach beyond these.
    dates: { min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') },
  },
};

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

/** The XML protocols: strings hold only characters XML 1.0 can carry (a service could not send others). */
export const XML_RUN_OPTIONS: RunOptions = {
  ...RUN_OPTIONS,
  arbitraries: {
    ...RUN_OPTIONS.arbitraries,
    chars: /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u,
    mapChars: (s) => s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, 'x'),
  },
};

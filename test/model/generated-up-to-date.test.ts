/** The committed `generated/` is exactly what the embedded models produce (what CI's `generate --check` asserts). */
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';

describe('generated/', () => {
  it('matches what the embedded models produce, byte for byte', async () => {
    let out = '';
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
    try {
      const code = await main(['generate', '--check', '--no-cache']);
      expect(code, out).toBe(0);
      expect(out).toMatch(/generated is up to date \(\d+ file\(s\)\)/);
    } finally {
      process.stdout.write = write;
    }
  }, 120_000);
});

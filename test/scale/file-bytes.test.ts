/**
 * A new model's files are encoded to UTF-8 once (write/file-bytes.ts), and the cache entry, the manifest
 * and the staged files are made from those bytes: each must be exactly what the strings give.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../generator/scale/cache-entry.js';
import { encodeFiles } from '../../generator/write/file-bytes.js';
import { manifestFile } from '../../generator/write/manifest.js';

// ASCII, Latin-1, three-byte and four-byte characters, a lone surrogate (written as U+FFFD), and nothing.
const contents = ['export const a = 1;\n', 'café – naïve\n', '日本語\n', 'emoji 🚀 end\n', 'lone \ud800 half\n', ''];
const files = contents.map((c, i) => ({ path: `svc/f${i}.ts`, contents: c, ...(i === 2 ? { preformatted: true } : {}) }));

describe('encodeFiles', () => {
  it('gives each file the bytes Buffer.from gives, as views of one body in order', () => {
    const { body, views } = encodeFiles(files);
    expect(views.map((v) => v.toString('hex'))).toEqual(contents.map((c) => Buffer.from(c, 'utf8').toString('hex')));
    expect(body.equals(Buffer.from(contents.join(''), 'utf8'))).toBe(true);
    // Views, not copies: small buffers share Node's pool, so the same ArrayBuffer alone proves nothing;
    // each view starts where the one before it ends, inside the body.
    let offset = body.byteOffset;
    for (const v of views) {
      expect([v.buffer, v.byteOffset]).toEqual([body.buffer, offset]);
      offset += v.length;
    }
    expect(offset).toBe(body.byteOffset + body.length);
  });

  it('makes the same cache entry and manifest as the strings do', () => {
    const entry = { prefix: 'svc', files, problems: [] };
    const { body, views } = encodeFiles(files);
    const withBody = encodeEntry(entry, body);
    expect(decodeEntry(withBody)).toEqual(decodeEntry(encodeEntry(entry)));
    expect(decodeEntry(withBody)!.files.map((f) => f.contents)).toEqual(contents.map((c) => Buffer.from(c, 'utf8').toString('utf8')));
    expect(decodeEntry(withBody)!.files[2].preformatted).toBe(true);
    expect(manifestFile('svc', files, views)).toEqual(manifestFile('svc', files));
  });

  it('encodes no files as an empty body', () => {
    expect(encodeFiles([])).toEqual({ body: Buffer.alloc(0), views: [] });
  });
});

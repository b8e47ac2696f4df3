/** The seeds: the published Markdown page and web-page text of StartSpeakerEnrollmentJob. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireShared } from '../support/shared.js';
import { voiceIdDocs } from './helpers.js';

const stripFinalNewline = (s: string) => s.replace(/\n$/, '');

describe('seed pages', () => {
  it('the Markdown page is byte-identical to seed 002', () => {
    const seed = readFileSync(requireShared('seeds', '002_d7908012208facbe.txt'), 'utf8');
    const md = voiceIdDocs().files.get('voiceid_start_speaker_enrollment_job.md');
    expect(md).toBeDefined();
    expect(md).toBe(seed);
  });

  it('the text page is identical to seed 000 from its third line on', () => {
    const seed = readFileSync(requireShared('seeds', '000_71a03c78aa5c3417.txt'), 'utf8');
    const [first, second, ...rest] = seed.split('\n');
    expect([first, second]).toEqual(['Skip to content', '']);
    const txt = voiceIdDocs().files.get('voiceid_start_speaker_enrollment_job.txt');
    expect(txt).toBeDefined();
    expect(stripFinalNewline(txt!)).toBe(stripFinalNewline(rest.join('\n')));
  });
});

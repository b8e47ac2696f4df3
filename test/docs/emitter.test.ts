/** The emitter: paths, determinism, templates compiled once, the registry, the catalog without a crash. */
import { describe, expect, it } from 'vitest';
import { emitDocs, docsEmitter } from '../../generator/emit/docs/index.js';
import { docsTemplates } from '../../generator/emit/docs/index.js';
import { emitters } from '../../generator/emit/index.js';
import { rTopicFileName } from '../../generator/names/names.js';
import { hostileModel, loadService, voiceIdModel } from './helpers.js';

describe('docs emitter', () => {
  it('is registered', () => {
    expect(emitters).toContain(docsEmitter);
  });

  it('is deterministic and compiles each template once', () => {
    const service = loadService(voiceIdModel);
    const a = emitDocs(service);
    const count = docsTemplates(service).size;
    const b = emitDocs(loadService(hostileModel));
    const c = emitDocs(service);
    expect(c).toEqual(a);
    expect(docsTemplates(service).size).toBe(count);
    expect(count).toBe(6);
    expect(b.length).toBeGreaterThan(0);
  });

  it('shortens long topics as the published reference does (prefix whole, parts cut)', () => {
    expect(rTopicFileName('applicationinsights_describe_component_configuration_recommendation')).toBe('applicationinsights_descri_compon_config_recomm');
    expect(rTopicFileName('ec2_describe_local_gateway_route_table_virtual_interface_group_associations')).toBe('ec2_descr_local_gatew_route_table_virtu_inter_group_assoc');
    expect(rTopicFileName('voiceid_start_speaker_enrollment_job')).toBe('voiceid_start_speaker_enrollment_job');
  });

  it('writes each page under docs/ with the shortened file name', () => {
    const service = loadService(voiceIdModel);
    const paths = emitDocs(service).map((f) => f.path);
    expect(paths).toContain('docs/voiceid.Rd');
    expect(paths).toContain('docs/voiceid_start_speaker_enrollment_job.txt');
    expect(paths.every((p) => /^docs\/[a-z0-9_]+\.(Rd|md|txt)$/.test(p))).toBe(true);
  });
});

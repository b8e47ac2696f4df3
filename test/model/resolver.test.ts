import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndResolve } from '../../generator/pipeline.js';

describe('resolver', () => {
  const { service, load } = loadAndResolve('schema/voiceid.yaml');

  it('resolves the embedded Voice ID model into one IR', () => {
    expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(service).toBeDefined();
    expect(service!.prefix).toBe('voiceid');
    expect(service!.source).toBe('voiceid.yaml');
    expect(service!.operations).toHaveLength(29);
    const op = service!.operations.find((o) => o.name === 'StartSpeakerEnrollmentJob')!;
    expect(op).toMatchObject({ wireName: 'StartSpeakerEnrollmentJob', rTopic: 'voiceid_start_speaker_enrollment_job', idempotent: true });
    const input = service!.shape(op.input!.target);
    expect(input.members.filter((m) => m.required).map((m) => m.name)).toEqual(['DataAccessRoleArn', 'DomainId', 'InputDataConfig', 'OutputDataConfig']);
    expect(input.members.find((m) => m.name === 'ClientToken')!.idempotencyToken).toBe(true);
    expect(service!.shapes.get('ExistingEnrollmentAction')!.enum).toEqual(['SKIP', 'OVERWRITE']);
  });

  it('is read-only', () => {
    const op = service!.operations[0];
    expect(Object.isFrozen(op)).toBe(true);
    expect(() => (service!.operations as unknown[]).push({})).toThrow();
    expect(Object.isFrozen(service!.shape('DomainId'))).toBe(true);
  });

  it('carries examples and paginators from the sidecars', () => {
    const list = service!.operations.find((o) => o.name === 'ListDomains')!;
    expect(list.paginator).toMatchObject({ input_token: 'NextToken', result_key: 'DomainSummaries' });
  });

  it('resolves recursive shapes by name', () => {
    const r = loadAndResolve(join(import.meta.dirname, '..', 'fixtures', 'recursive', 'model.yaml'));
    expect(r.load.problems).toEqual([]);
    const node = r.service!.shape('Node');
    const list = r.service!.shape(node.members.find((m) => m.name === 'Children')!.target);
    expect(list.member!.target).toBe('Node');
    expect(r.service!.shape(r.service!.shape('MetaA').members[0].target).members[0].target).toBe('MetaA');
  });

  it('throws a clear error for a shape the model lacks', () => {
    expect(() => service!.shape('Nope')).toThrow(/shape Nope is not in the IR/);
  });
});

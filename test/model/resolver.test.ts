import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { membersOf } from '../../generator/ir/facts.js';
import { loadAndResolve } from '../../generator/pipeline.js';
import { ctx } from '../support/context.js';
import { testSession } from '../support/context.js';

describe('resolver', () => {
  const { service, load } = loadAndResolve('schema/voiceid.yaml', testSession);

  it('resolves the embedded Voice ID model into one IR', () => {
    expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(service).toBeDefined();
    expect(ctx(service!).symbols.rPrefix).toBe('voiceid');
    expect(service!.source).toBe('voiceid.yaml');
    expect(service!.operations).toHaveLength(29);
    const op = service!.operations.find((o) => o.name === 'StartSpeakerEnrollmentJob')!;
    expect(op).toMatchObject({ wireName: 'StartSpeakerEnrollmentJob', idempotent: true });
    expect(ctx(service!).symbols.r(op.name).topic).toBe('voiceid_start_speaker_enrollment_job');
    const input = membersOf(service!.shape(op.input!.target));
    expect(input.filter((m) => m.required).map((m) => m.name)).toEqual(['DataAccessRoleArn', 'DomainId', 'InputDataConfig', 'OutputDataConfig']);
    expect(input.find((m) => m.name === 'ClientToken')!.idempotencyToken).toBe(true);
    expect(service!.shapes.get('ExistingEnrollmentAction')).toMatchObject({ type: 'string', enum: ['SKIP', 'OVERWRITE'] });
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
    const r = loadAndResolve(join(import.meta.dirname, '..', 'fixtures', 'recursive', 'model.yaml'), testSession);
    expect(r.load.problems).toEqual([]);
    const node = r.service!.shape('Node');
    const list = r.service!.shape(membersOf(node).find((m) => m.name === 'Children')!.target);
    expect(list).toMatchObject({ type: 'list', member: { target: 'Node' } });
    expect(membersOf(r.service!.shape(membersOf(r.service!.shape('MetaA'))[0].target))[0].target).toBe('MetaA');
  });

  it('throws a clear error for a shape the model lacks', () => {
    expect(() => service!.shape('Nope')).toThrow(/shape Nope is not in the IR/);
  });
});

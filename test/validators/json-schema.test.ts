/** The JSON Schema derived from the IR (standard keywords, as the default-ajv baseline compiles it). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../generator/emit/ts/validators/json-schema.js';
import { ctx } from '../support/context.js';
import { projectRoot, schemaDir } from '../../generator/paths.js';
import { loadService } from './load-validators.js';

const kitchen = () => loadService(join(projectRoot, 'test', 'fixtures', 'ts-kitchen', 'model.yaml'));

describe('the derived JSON Schema', () => {
  it('matches the golden file for the kitchen fixture', async () => {
    const { schema } = serviceSchema(ctx(kitchen()).index, { codePointKeywords: false });
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(join(projectRoot, 'test', 'fixtures', 'ts-kitchen', 'schema.json.snap'));
  });

  it('refers to recursive shapes by $ref and inlines small ones', () => {
    const { schema } = serviceSchema(ctx(kitchen()).index, { codePointKeywords: false });
    const defs = schema.$defs as Record<string, { properties?: Record<string, unknown> }>;
    // Dish and DishList are on a cycle (Dish.Sides is a DishList of Dish): both are definitions.
    expect(Object.keys(defs).sort()).toEqual(['Dish', 'DishList', 'GetMenuRequest', 'GetMenuResponse', 'PutOrderRequest', 'PutOrderResponse']);
    expect(defs.Dish.properties!.Sides).toEqual({ $ref: '#/$defs/DishList' });
    expect(defs.DishList).toEqual({ type: 'array', items: { $ref: '#/$defs/Dish' } });
    expect(defs.PutOrderRequest.properties!.Tags).toMatchObject({ type: 'array', items: { type: 'object', required: ['Key', 'Value'] } });
  });

  it('counts lengths in code points with our keywords when asked, and keeps legacy patterns apart', () => {
    const { schema } = serviceSchema(ctx(kitchen()).index, { codePointKeywords: true });
    const get = (def: string, member: string) => ((schema.$defs as any)[def].properties[member] as Record<string, unknown>);
    expect(get('GetMenuRequest', 'Emoji')).toEqual({ type: 'string', cpMinLength: 2, cpMaxLength: 3 });
    expect(get('GetMenuRequest', 'Code')).toEqual({ type: 'string', checkedPattern: { source: '^[a-zA-Z0-9\\_]+$', flags: '' } });
    expect(get('GetMenuRequest', 'Choice')).toMatchObject({ union: ['ByName', 'ByNumber'] });
  });

  it('has a root for every operation input and output structure of Voice ID', () => {
    const service = loadService(join(schemaDir, 'voiceid.yaml'));
    const roots = ctx(service).index.roots.map((s) => s.name);
    expect(roots).toContain('StartSpeakerEnrollmentJobRequest');
    expect(roots).toHaveLength(new Set(service.operations.flatMap((o) => [o.input?.target, o.output?.target]).filter(Boolean)).size);
  });
});

/**
 * Endpoints: the committed region table is the one the installed aws-sdk 2.1386.0 gives, and for every
 * model of the catalog, in regions of every partition, with and without FIPS and dual-stack, the endpoint
 * and signing region equal what the v2 SDK itself resolves for that model's endpoint prefix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REGION_DATA, AWS_SDK_VERSION } from '../../generator/emit/ts/client/region-data.js';
import { serviceRegionRules } from '../../generator/emit/ts/client/region-table.js';
import { EndpointError, regionPrefix, resolveEndpoint, ruleKeys } from '../../runtime/endpoints.js';
import { regionDataSource, REGION_DATA_FILE } from '../../scripts/region-data.js';
import { awsModelFiles } from '../support/shared.js';

const require = createRequire(import.meta.url);
type V2Service = { endpoint: { href: string }; signingRegion?: string };
const AWS = require('aws-sdk') as { Service: new (config: Record<string, unknown>) => V2Service };
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-1', 'sa-east-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1', 'us-iso-east-1', 'us-isob-east-1', 'mars-east-1'];
const FLAGS = [{}, { useFipsEndpoint: true }, { useDualstackEndpoint: true }, { useFipsEndpoint: true, useDualstackEndpoint: true }];

describe('the region table', () => {
  it('is what scripts/region-data.ts makes from aws-sdk 2.1386.0', () => {
    expect(AWS_SDK_VERSION).toBe('2.1386.0');
    expect(readFileSync(REGION_DATA_FILE, 'utf8'), 'run node dist/scripts/region-data.js').toBe(regionDataSource());
  });
});

describe('endpoints as the v2 SDK resolves them', () => {
  it('for every endpoint prefix of the catalog, region and flag', () => {
    let compared = 0;
    const wrong: string[] = [];
    const prefixes = new Set(awsModelFiles().map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { metadata: { endpointPrefix: string } }).metadata.endpointPrefix));
    for (const prefix of prefixes) {
      // Endpoint resolution reads the model's metadata only: a model of that alone builds fast.
      const api = { metadata: { endpointPrefix: prefix, protocol: 'json' }, operations: {}, shapes: {} };
      const rules = serviceRegionRules(REGION_DATA, prefix);
      for (const region of REGIONS) {
        for (const flags of FLAGS) {
          const v2 = new AWS.Service({ apiConfig: api, region, credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, ...flags });
          const ours = resolveEndpoint(rules, prefix, region, flags);
          const expected = { url: v2.endpoint.href.replace(/\/$/, ''), signingRegion: v2.signingRegion ?? region };
          compared++;
          if (ours.url !== expected.url || ours.signingRegion !== expected.signingRegion) {
            wrong.push(`${prefix} ${region} ${JSON.stringify(flags)}: ${JSON.stringify(ours)} != ${JSON.stringify(expected)}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(prefixes.size).toBeGreaterThan(250);
    expect(compared).toBe(prefixes.size * REGIONS.length * FLAGS.length);
  });

  it('keeps only the rules that can apply to the service', () => {
    const rules = serviceRegionRules(REGION_DATA, 'dynamodb');
    expect(Object.keys(rules.rules).every((k) => /\/(dynamodb|\*)$/.test(k))).toBe(true);
    expect(Object.keys(rules.fipsRules)).toContain('us-gov-*/dynamodb');
    expect(Object.keys(REGION_DATA.rules).length).toBeGreaterThan(Object.keys(rules.rules).length);
  });

  it('tries keys from the most to the least specific', () => {
    expect(regionPrefix('us-gov-west-1')).toBe('us-gov-*');
    expect(regionPrefix('local')).toBeUndefined();
    expect(ruleKeys('eu-west-1', 's3')).toEqual(['eu-west-1/s3', 'eu-*/s3', 'eu-west-1/*', 'eu-*/*', '*/s3', 'eu-west-1/internal-*', '*/*']);
  });

  it('refuses a region that is not a DNS name, so nothing of the caller reaches the host', () => {
    const rules = serviceRegionRules(REGION_DATA, 'dynamodb');
    for (const bad of ['', 'eu-west-1.evil.com', 'EU-WEST-1', 'eu west', 'a/b', '-eu']) {
      expect(() => resolveEndpoint(rules, 'dynamodb', bad)).toThrow(EndpointError);
    }
  });
});

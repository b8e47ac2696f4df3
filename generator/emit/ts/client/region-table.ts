/**
 * The endpoint rules of the AWS SDK for JavaScript v2 (its `lib/region_config_data.json`, at the version
 * the catalog's models come from) in the form the client runtime reads: every rule an object (the named
 * patterns put in place), only the fields endpoint resolution uses. `scripts/region-data.ts` writes the
 * table (`region-data.ts`) from the installed aws-sdk; a test holds the committed table to it.
 */
import type { EndpointRule, EndpointRules, RegionRules } from '../../../../runtime/endpoints.js';

export const RULE_SETS = ['rules', 'fipsRules', 'dualstackRules', 'dualstackFipsRules'] as const;

type RawRule = string | { endpoint: string; signingRegion?: string; globalEndpoint?: boolean; signatureVersion?: string };
export interface RawRegionConfig {
  readonly patterns: Readonly<Record<string, RawRule>>;
  readonly rules: Readonly<Record<string, RawRule>>;
  readonly fipsRules: Readonly<Record<string, RawRule>>;
  readonly dualstackRules: Readonly<Record<string, RawRule>>;
  readonly dualstackFipsRules: Readonly<Record<string, RawRule>>;
}

function ruleOf(raw: RawRule, patterns: RawRegionConfig['patterns'], key: string): EndpointRule {
  const rule = typeof raw === 'string' ? patterns[raw] : raw;
  if (rule === undefined || typeof rule === 'string') throw new Error(`region data: rule ${key} names an unknown pattern ${JSON.stringify(raw)}`);
  return {
    endpoint: rule.endpoint,
    ...(rule.signingRegion === undefined ? {} : { signingRegion: rule.signingRegion }),
    ...(rule.globalEndpoint ? { globalEndpoint: true } : {}),
  };
}

/** The whole table, from the v2 SDK's region data. */
export function deriveRegionTable(raw: RawRegionConfig): RegionRules {
  const out: Record<string, EndpointRules> = {};
  for (const set of RULE_SETS) {
    const rules: Record<string, EndpointRule> = {};
    for (const [key, rule] of Object.entries(raw[set])) rules[key] = ruleOf(rule, raw.patterns, key);
    out[set] = rules;
  }
  return out as unknown as RegionRules;
}

/** The rules that can apply to a service: those for its endpoint prefix or for every service. */
export function serviceRegionRules(table: RegionRules, endpointPrefix: string): RegionRules {
  const keep = (rules: EndpointRules): EndpointRules =>
    Object.fromEntries(
      Object.entries(rules).filter(([key]) => {
        const service = key.slice(key.indexOf('/') + 1);
        return service === endpointPrefix || service === '*' || service === 'internal-*';
      }),
    );
  return {
    rules: keep(table.rules),
    fipsRules: keep(table.fipsRules),
    dualstackRules: keep(table.dualstackRules),
    dualstackFipsRules: keep(table.dualstackFipsRules),
  };
}

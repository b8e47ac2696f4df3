/**
 * A service's endpoint from its region, as the AWS SDK for JavaScript v2 resolves it: rules keyed
 * `region/service` (either part may be a wildcard: `*`, or a region prefix such as `cn-*`), tried from the
 * most to the least specific; the first that matches gives the host template and, for global services,
 * the region requests are signed for. The generated client holds the rules that concern its service.
 */

export interface EndpointRule {
  /** `{service}.{region}.amazonaws.com`; `https://` is put in front when it names no scheme. */
  readonly endpoint: string;
  /** Global services are signed for one region whatever the client's (`us-east-1` for IAM). */
  readonly signingRegion?: string;
  readonly globalEndpoint?: boolean;
}

export type EndpointRules = Readonly<Record<string, EndpointRule>>;

/** The four rule sets of the v2 SDK's region data, each filtered to the rules of one service. */
export interface RegionRules {
  readonly rules: EndpointRules;
  readonly fipsRules: EndpointRules;
  readonly dualstackRules: EndpointRules;
  readonly dualstackFipsRules: EndpointRules;
}

export interface EndpointOptions {
  readonly useFipsEndpoint?: boolean;
  readonly useDualstackEndpoint?: boolean;
}

export interface ResolvedEndpoint {
  /** Scheme, host and maybe a path: `https://dynamodb.eu-west-1.amazonaws.com`. */
  readonly url: string;
  readonly signingRegion: string;
}

export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

/** A region is a DNS label sequence: anything else would put text of the caller's choosing in the host. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `eu-west-1` -> `eu-*`; `us-gov-west-1` -> `us-gov-*`; a region of fewer than three parts has none. */
export function regionPrefix(region: string): string | undefined {
  const parts = region.split('-');
  return parts.length < 3 ? undefined : `${parts.slice(0, -2).join('-')}-*`;
}

/** The rule keys in the order the v2 SDK tries them. */
export function ruleKeys(region: string, endpointPrefix: string): string[] {
  const prefix = regionPrefix(region);
  const pairs: [string | undefined, string][] = [
    [region, endpointPrefix],
    [prefix, endpointPrefix],
    [region, '*'],
    [prefix, '*'],
    ['*', endpointPrefix],
    [region, 'internal-*'],
    ['*', '*'],
  ];
  return pairs.filter((p): p is [string, string] => p[0] !== undefined).map(([r, s]) => `${r}/${s}`);
}

function ruleSet(rules: RegionRules, options: EndpointOptions): EndpointRules {
  if (options.useFipsEndpoint) return options.useDualstackEndpoint ? rules.dualstackFipsRules : rules.fipsRules;
  return options.useDualstackEndpoint ? rules.dualstackRules : rules.rules;
}

/** The endpoint of `endpointPrefix` in `region`; throws an {@link EndpointError} for a malformed region. */
export function resolveEndpoint(rules: RegionRules, endpointPrefix: string, region: string, options: EndpointOptions = {}): ResolvedEndpoint {
  if (!REGION.test(region)) {
    throw new EndpointError(`Region ${JSON.stringify(region)} is not a region name (such as eu-west-1): set the client option \`region\`.`);
  }
  const set = ruleSet(rules, options);
  for (const key of ruleKeys(region, endpointPrefix)) {
    if (!Object.prototype.hasOwnProperty.call(set, key)) continue;
    const rule = set[key];
    const host = rule.endpoint.replace(/\{service\}/g, endpointPrefix).replace(/\{region\}/g, region);
    return { url: /^[a-z]+:\/\//i.test(host) ? host : `https://${host}`, signingRegion: rule.signingRegion ?? region };
  }
  throw new EndpointError(`No endpoint rule matches ${endpointPrefix} in ${region}: set the client option \`endpoint\`.`);
}

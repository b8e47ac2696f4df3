/**
 * A client's options, and what they resolve to at its first call: the region (the option, AWS_REGION,
 * AWS_DEFAULT_REGION, or the profile's `region` in the shared config file), the endpoint (the option, or
 * the region's endpoint from the service's rules), the signing region, the credentials and the handler.
 */
import { ConfigError } from './addressing.js';
import { credentialProviderOf, type CredentialProvider, type Credentials } from './credentials.js';
import { resolveEndpoint, type RegionRules } from './endpoints.js';
import type { RetryOptions, RetryStrategy } from './retry.js';
import { processEnv, profileName, type Env } from './env.js';
import { defaultHandler } from './node-http.js';
import type { HttpHandler } from './transport.js';

/** The service as the generated client describes it. */
export interface ServiceSpec {
  /** For messages: `DynamoDB`. */
  readonly serviceId: string;
  readonly endpointPrefix: string;
  /** The model's `signingName`, else its `endpointPrefix`. */
  readonly signingName: string;
  /** The model's `signatureVersion` (`v4`, `s3`, `s3v4`, `bearer`, `v2`). */
  readonly signatureVersion: string;
  readonly regions: RegionRules;
}

export type TokenProvider = () => string | Promise<string>;

export interface ClientConfig {
  /** `eu-west-1`; else AWS_REGION, AWS_DEFAULT_REGION, or the profile's region in the shared config file. */
  readonly region?: string;
  /** Send here instead of the region's endpoint (a local server, a proxy): `http://127.0.0.1:8000`. */
  readonly endpoint?: string;
  /** Keys, or a function that returns them (called again when they expire). Else the default chain. */
  readonly credentials?: Credentials | CredentialProvider;
  /** The shared files' profile (else AWS_PROFILE, else `default`). */
  readonly profile?: string;
  /** A bearer token (services whose model signs with `bearer`). */
  readonly token?: string | TokenProvider;
  /** What sends the request; unless given, Node's http/https on Node and the platform's `fetch` elsewhere. */
  readonly handler?: HttpHandler;
  /** Per attempt (120 000 ms, as the v2 SDK's socket timeout); 0 waits for ever. */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions | RetryStrategy;
  /** Check inputs with the generated validators before sending (true). */
  readonly validate?: boolean;
  /** S3: keep the bucket in the path instead of the host. */
  readonly forcePathStyle?: boolean;
  /** Leave out operations' host prefixes (as the v3 SDK's `disableHostPrefix`). */
  readonly disableHostPrefix?: boolean;
  readonly useFipsEndpoint?: boolean;
  readonly useDualstackEndpoint?: boolean;
  /** The environment to read (process.env). */
  readonly env?: Env;
}

export interface ResolvedConfig {
  readonly region: string;
  readonly endpoint: string;
  readonly signingRegion: string;
  readonly credentials: () => Promise<Credentials>;
  readonly token?: () => Promise<string>;
  readonly handler: HttpHandler;
  readonly timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

async function regionOf(config: ClientConfig, env: Env): Promise<string> {
  const direct = config.region ?? (env.AWS_REGION || undefined) ?? (env.AWS_DEFAULT_REGION || undefined);
  if (direct) return direct;
  const profile = profileName(env, config.profile);
  // The shared files only when neither the option nor the environment names the region.
  const { loadSharedProfile } = await import('./shared-config.js');
  const files = await loadSharedProfile(env, profile);
  if (files.profile.region) return files.profile.region;
  throw new ConfigError(
    `No region. Looked for: the client option \`region\`; AWS_REGION and AWS_DEFAULT_REGION in the environment; ` +
      `region in profile "${profile}": ${files.searched.join('; ')}. Set one of them.`,
  );
}

function tokenOf(service: ServiceSpec, option: ClientConfig['token']): (() => Promise<string>) | undefined {
  if (option === undefined) {
    if (service.signatureVersion !== 'bearer') return undefined;
    return () => Promise.reject(new ConfigError(`${service.serviceId} authorizes with a bearer token: set the client option \`token\`.`));
  }
  return typeof option === 'function' ? async () => option() : () => Promise.resolve(option);
}

export async function resolveClientConfig(service: ServiceSpec, config: ClientConfig): Promise<ResolvedConfig> {
  const env = config.env ?? processEnv();
  const region = await regionOf(config, env);
  const resolved = resolveEndpoint(service.regions, service.endpointPrefix, region, config);
  return {
    region,
    endpoint: config.endpoint ?? resolved.url,
    // A custom endpoint keeps the client's region for signing; a global service's rule may name another.
    signingRegion: config.endpoint ? region : resolved.signingRegion,
    credentials: credentialProviderOf(config.credentials, env, config.profile),
    token: tokenOf(service, config.token),
    handler: config.handler ?? defaultHandler(),
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

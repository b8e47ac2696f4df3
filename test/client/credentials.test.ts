/**
 * Credentials and region: explicit keys, a provider (cached until near expiry, one fetch for concurrent
 * calls), the environment, the shared files under AWS_PROFILE (dotted profile names, `[profile x]` in
 * config, credentials file first), and the error that lists every place looked at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedProvider, credentialProviderOf, CredentialsError, fromEnv, EXPIRY_MARGIN_MS } from '../../runtime/credentials.js';
import { iniSections, loadSharedProfile } from '../../runtime/shared-config.js';
import { resolveClientConfig } from '../../runtime/client-config.js';
import { REGION_DATA } from '../../generator/emit/ts/client/region-data.js';
import { serviceRegionRules } from '../../generator/emit/ts/client/region-table.js';

function files(credentials?: string, config?: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-creds-'));
  const env: Record<string, string> = { HOME: dir, AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
  if (credentials !== undefined) writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE, credentials);
  if (config !== undefined) writeFileSync(env.AWS_CONFIG_FILE, config);
  return env;
}

const CREDENTIALS = `[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = secretdefault

[dev.team]
aws_access_key_id=AKIDDEV
aws_secret_access_key=secretdev
aws_session_token=tokendev
`;
const CONFIG = `[default]
region = eu-west-1

[profile dev.team]
region = ap-southeast-2
aws_access_key_id = AKIDFROMCONFIG

[profile cfg]
aws_access_key_id = AKIDCFG
aws_secret_access_key = secretcfg
s3 =
  max_concurrent_requests = 20

[profile role]
role_arn = arn:aws:iam::123456789012:role/r
source_profile = default
`;

describe('shared files', () => {
  it('parses sections with dots in their names whole', () => {
    const s = iniSections(CONFIG);
    expect([...s.keys()].sort()).toEqual(['default', 'profile cfg', 'profile dev.team', 'profile role']);
    expect(s.get('profile dev.team')).toEqual({ region: 'ap-southeast-2', aws_access_key_id: 'AKIDFROMCONFIG' });
  });

  it('takes a profile from both files, the credentials file winning', async () => {
    const env = files(CREDENTIALS, CONFIG);
    const p = await loadSharedProfile(env, 'dev.team');
    expect(p.profile).toEqual({ region: 'ap-southeast-2', aws_access_key_id: 'AKIDDEV', aws_secret_access_key: 'secretdev', aws_session_token: 'tokendev' });
  });
});

describe('the credentials chain', () => {
  it('uses given keys as they are, and refuses incomplete ones', async () => {
    const keys = { accessKeyId: 'A', secretAccessKey: 'S' };
    expect(await credentialProviderOf(keys, {})()).toBe(keys);
    expect(() => credentialProviderOf({ accessKeyId: 'A', secretAccessKey: '' }, {})).toThrow(CredentialsError);
  });

  it('reads the environment first', async () => {
    const env = { ...files(CREDENTIALS), AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 'secretenv', AWS_SESSION_TOKEN: 'tok' };
    expect(await credentialProviderOf(undefined, env)()).toEqual({ accessKeyId: 'AKIDENV', secretAccessKey: 'secretenv', sessionToken: 'tok' });
    expect(fromEnv({ AWS_ACCESS_KEY_ID: 'only' })).toBeUndefined();
  });

  it('then the AWS_PROFILE profile of the shared files, config-only profiles included', async () => {
    const env = files(CREDENTIALS, CONFIG);
    expect(await credentialProviderOf(undefined, env)()).toMatchObject({ accessKeyId: 'AKIDDEFAULT' });
    expect(await credentialProviderOf(undefined, { ...env, AWS_PROFILE: 'dev.team' })()).toEqual({ accessKeyId: 'AKIDDEV', secretAccessKey: 'secretdev', sessionToken: 'tokendev' });
    expect(await credentialProviderOf(undefined, env, 'cfg')()).toEqual({ accessKeyId: 'AKIDCFG', secretAccessKey: 'secretcfg', sessionToken: undefined });
  });

  it('names every place it looked when nothing is found', async () => {
    const env = files(undefined, CONFIG);
    const error = await credentialProviderOf(undefined, { ...env, AWS_PROFILE: 'nobody' })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    const message = (error as Error).message;
    expect(message).toContain('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
    expect(message).toContain(`${env.AWS_SHARED_CREDENTIALS_FILE} (no such file)`);
    expect(message).toContain(`${env.AWS_CONFIG_FILE} (no section [profile nobody])`);
    expect(message).toContain('profile "nobody"');
  });

  it('says which unsupported source a profile uses', async () => {
    const error = await credentialProviderOf(undefined, files(CREDENTIALS, CONFIG), 'role')().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Profile "role" gets its credentials through role_arn/);
  });

  it('caches a provider until its credentials near expiry, with one fetch for concurrent callers', async () => {
    let now = 1_000_000;
    let calls = 0;
    const provider = cachedProvider(async () => ({ accessKeyId: `A${++calls}`, secretAccessKey: 'S', expiration: new Date(now + EXPIRY_MARGIN_MS + 60_000) }), () => now);
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a.accessKeyId).toBe('A1');
    expect(b).toBe(a);
    now += 30_000;
    expect((await provider()).accessKeyId).toBe('A1');
    now += 60_000;
    expect((await provider()).accessKeyId).toBe('A2');
  });

  it('does not keep a failure', async () => {
    let calls = 0;
    const provider = cachedProvider(() => {
      if (++calls === 1) throw new Error('down');
      return { accessKeyId: 'A', secretAccessKey: 'S' };
    });
    await expect(provider()).rejects.toThrow('down');
    expect((await provider()).accessKeyId).toBe('A');
  });
});

describe('the region', () => {
  const service = { serviceId: 'DynamoDB', endpointPrefix: 'dynamodb', signingName: 'dynamodb', signatureVersion: 'v4', regions: serviceRegionRules(REGION_DATA, 'dynamodb') };
  it('comes from the option, the environment, then the profile', async () => {
    const env = files(CREDENTIALS, CONFIG);
    expect((await resolveClientConfig(service, { region: 'us-west-2', env })).endpoint).toBe('https://dynamodb.us-west-2.amazonaws.com');
    expect((await resolveClientConfig(service, { env: { ...env, AWS_REGION: 'eu-north-1' } })).region).toBe('eu-north-1');
    expect((await resolveClientConfig(service, { env: { ...env, AWS_DEFAULT_REGION: 'eu-south-1' } })).region).toBe('eu-south-1');
    expect((await resolveClientConfig(service, { env })).region).toBe('eu-west-1');
    expect((await resolveClientConfig(service, { env, profile: 'dev.team' })).region).toBe('ap-southeast-2');
  });

  it('missing is an error that says where it looked', async () => {
    const env = files(undefined, undefined);
    await expect(resolveClientConfig(service, { env })).rejects.toThrow(/No region\. Looked for: the client option `region`; AWS_REGION and AWS_DEFAULT_REGION.*no such file/);
  });
});

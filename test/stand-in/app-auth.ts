// A GitHub App the stand-in knows: verifies the App's JWTs (RS256) and mints installation tokens.
import { createPublicKey, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto';
import { GITHUB_ACTIONS_APP, type AppIdentity, type Permissions } from './identities.ts';

export interface AppOptions {
  id: number;
  slug?: string;
  name?: string;
  /** PEM of the App's private key, as Probot gets it in PRIVATE_KEY; see appPrivateKey() */
  privateKey: string;
  installationId?: number;
  permissions?: Permissions;
}

export interface StandInApp {
  identity: AppIdentity;
  publicKey: KeyObject;
  installationId: number;
  permissions: Permissions;
}

const DEFAULT_APP_PERMISSIONS: Permissions = {
  metadata: 'read',
  contents: 'read',
  pull_requests: 'write',
  issues: 'write',
  checks: 'write',
  statuses: 'write',
  members: 'read',
};

let cachedKey: string | undefined;

/** One RSA private key (PKCS#1 PEM, as GitHub issues them) per process: generating keys is slow. */
export function appPrivateKey(): string {
  cachedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return cachedKey;
}

export function createApp(options: AppOptions): StandInApp {
  const slug = options.slug ?? 'rsp-gate';
  if (options.id === GITHUB_ACTIONS_APP.id) throw new Error('that id belongs to GitHub Actions');
  return {
    identity: {
      id: options.id,
      slug,
      name: options.name ?? slug,
      owner: 'rsp-gate-org',
      clientId: `Iv23li${String(options.id).padStart(14, '0')}`,
    },
    publicKey: createPublicKey(options.privateKey),
    installationId: options.installationId ?? 4242,
    permissions: options.permissions ?? DEFAULT_APP_PERMISSIONS,
  };
}

export function looksLikeJwt(credential: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(credential);
}

/** Why GitHub would refuse this JWT, or undefined when it is the App's and current. */
export function jwtProblem(jwt: string, app: StandInApp, nowSeconds: number): string | undefined {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  let claims: { iat?: unknown; exp?: unknown; iss?: unknown; alg?: unknown };
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return 'A JSON web token could not be decoded';
  }
  if (alg !== 'RS256') return "'alg' must be RS256";
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), app.publicKey, Buffer.from(signature, 'base64url'))) {
    return 'A JSON web token could not be decoded';
  }
  if (String(claims.iss) !== String(app.identity.id) && claims.iss !== app.identity.clientId)
    return "'Issuer' claim ('iss') must be the App's id or client id";
  if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number')
    return "'Expiration time' claim ('exp') and 'Issued at' claim ('iat') are required";
  if (claims.exp <= nowSeconds)
    return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
  if (claims.exp - nowSeconds > 600 + 30) return "'Expiration time' claim ('exp') is too far in the future";
  if (claims.iat > nowSeconds + 60)
    return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
  return undefined;
}

export function newInstallationToken(): string {
  return `ghs_${randomBytes(18).toString('base64url')}`;
}

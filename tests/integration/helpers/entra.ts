import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MUNICIPALITIES } from '../../../src/server/config';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
export const AUDIENCE = 'api://kl-kontrakt.test/abc';

export interface TokenOptions {
  oid?: string;
  name?: string;
  roles?: string[];
  tenant?: string;
  audience?: string;
  issuer?: string;
  expiresInSeconds?: number;
  /** Seconds from now the token says it was issued (default -10). */
  issuedAtOffsetSeconds?: number;
  /** Delegated scopes (default "access_as_user", as a user's token for this API carries); null: none (app-only). */
  scp?: string | null;
  /** The optional idtyp claim ("app" or "user"); absent by default, as without the optional claim. */
  idtyp?: 'app' | 'user';
  /** Any further claims (they win over the ones above). */
  claims?: Record<string, unknown>;
  /** Sign with a key that is not in the JWKS. */
  foreignKey?: boolean;
}

/** A local stand-in for Entra ID's JWKS endpoint: a loopback HTTP server with keys made by jose. */
export class LocalEntra {
  private server: Server | null = null;
  private key!: CryptoKey;
  private foreign!: CryptoKey;
  private jwk!: JWK;
  url = '';
  /** While true the key endpoint answers 503, as during an outage. */
  keysDown = false;
  /** How many times the key set was fetched. */
  fetches = 0;

  async start(): Promise<this> {
    const pair = await generateKeyPair('RS256');
    this.key = pair.privateKey;
    this.foreign = (await generateKeyPair('RS256')).privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    this.server = createServer((_req, res) => {
      this.fetches += 1;
      if (this.keysDown) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('unavailable');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [this.jwk] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/discovery/v2.0/keys`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  env(): Record<string, string> {
    // The test tenant files for every municipality of the framework agreement; OTHER_TENANT for none.
    return {
      AUTH_MODE: 'entra', ENTRA_JWKS_URL: this.url, ENTRA_TENANT_IDS: TENANT, ENTRA_AUDIENCE: AUDIENCE,
      TENANT_MUNICIPALITIES: JSON.stringify({ [TENANT]: DEFAULT_MUNICIPALITIES }),
    };
  }

  async token(o: TokenOptions = {}): Promise<string> {
    const tenant = o.tenant ?? TENANT;
    const now = Math.floor(Date.now() / 1000);
    const scp = o.scp === undefined ? 'access_as_user' : o.scp;
    const iat = now + (o.issuedAtOffsetSeconds ?? -10);
    // Built by hand (not with SignJWT's setters) so that `claims` can replace or remove any of them.
    const claims = {
      oid: o.oid ?? 'user-1', name: o.name ?? 'Test Bruger', tid: tenant, roles: o.roles ?? [],
      // A delegated token names its client: by default Teams desktop, as Teams tab SSO gives it.
      ...(scp !== null ? { azp: TEAMS_DESKTOP_CLIENT } : {}),
      ...(scp !== null ? { scp } : {}), ...(o.idtyp ? { idtyp: o.idtyp } : {}),
      iss: o.issuer ?? `https://login.microsoftonline.com/${tenant}/v2.0`, aud: o.audience ?? AUDIENCE,
      iat, nbf: Math.min(iat, now - 10), exp: now + (o.expiresInSeconds ?? 3600),
      ...o.claims,
    };
    return new SignJWT(JSON.parse(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
      .sign(o.foreignKey ? this.foreign : this.key);
  }
}

/** Teams desktop and mobile, one of the pre-authorized clients (src/server/http/auth/client-apps.ts). */
export const TEAMS_DESKTOP_CLIENT = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

/** An unsigned token (alg "none"), which must never be accepted. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

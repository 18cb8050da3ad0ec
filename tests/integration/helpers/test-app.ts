import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import type { Database } from '../../../src/server/db/connect';
import type { ChatDelivery } from '../../../src/server/notify/delivery-port';
import { LocalEntra, type TokenOptions } from './entra';

export const ADMIN = 'Leverandoerliste.Admin';
export const REVIEWER = 'Kontrakt.Reviewer';

export interface Injected {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  raw: Buffer;
  json: <T = any>() => T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TestApp {
  app: AppInstance;
  entra: LocalEntra;
  call(method: string, url: string, o?: { token?: string | null; as?: TokenOptions; body?: unknown; payload?: string | Buffer; headers?: Record<string, string> }): Promise<Injected>;
  close(): Promise<void>;
}

/** The real app on a test database with Entra ID auth against a local JWKS; requests go through app.inject. */
export async function startTestApp(database: Database, opts: { env?: Record<string, string>; delivery?: ChatDelivery; entra?: LocalEntra; logStream?: { write(line: string): unknown } } = {}): Promise<TestApp> {
  const entra = opts.entra ?? (await new LocalEntra().start());
  const config = loadConfig({ ...entra.env(), LOG_LEVEL: 'silent', OUTBOX_ENABLED: 'false', ...opts.env });
  const app = await buildApp(config, { database, delivery: opts.delivery, startWorker: false, ...(opts.logStream ? { logStream: opts.logStream } : {}) });
  await app.ready();
  return {
    app, entra,
    async call(method, url, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      const token = o.token === undefined ? await entra.token(o.as ?? { roles: [ADMIN, REVIEWER] }) : o.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      let payload: string | Buffer | undefined = o.payload;
      if (o.body !== undefined) { payload = JSON.stringify(o.body); headers['content-type'] ??= 'application/json'; }
      const res = await app.inject({ method: method as 'GET', url, headers, payload });
      return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload, json: () => JSON.parse(res.body) };
    },
    async close() {
      await app.close();
      if (!opts.entra) await entra.stop();
    },
  };
}

export const validOffer = (over: Record<string, unknown> = {}) => ({
  name: 'Bostedet Testhøj (fiktivt)',
  providerName: 'Testomsorg ApS (fiktivt)',
  cvr: '12345674',
  pNumber: '1099123456',
  operatingForm: 'private',
  address: 'Prøvevej 1',
  postcode: '4000',
  city: 'Roskilde',
  municipality: 'Roskilde',
  email: 'kontakt@eksempel.invalid',
  phone: '12345678',
  sections: ['107', '85'],
  targetGroups: ['autisme'],
  places: 10,
  freePlaces: 2,
  supervisionColour: 'grøn',
  supervisionDate: '2026-03-01',
  termsAcceptedDate: '2024-01-15',
  listStatus: 'optaget',
  ...over,
});

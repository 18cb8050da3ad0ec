/**
 * The registration's client id and the public URL reach both bundles at build time, and are always
 * defined (empty without them: dev mode), since the bundles have no `process` at run time.
 */
import { buildSettings } from '../../../src/ui/auth/build-settings';

type Config = { plugins: Array<{ constructor: { name: string }; definitions?: Record<string, string> }> };
const configs = {
  addin: require('../../../webpack/addin.cjs') as (env: object, argv: object) => Config,
  teams: require('../../../webpack/teams.cjs') as (env: object, argv: object) => Config,
};
const definitions = (c: Config) => c.plugins.find((p) => p.constructor.name === 'DefinePlugin')!.definitions!;
const CLIENT_ID = '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54';

describe.each(Object.entries(configs))('webpack/%s.cjs', (_name, make) => {
  it('defines ENTRA_CLIENT_ID and PUBLIC_BASE_URL for src/ui/auth/build-settings.ts', () => {
    const d = definitions(make({ PUBLIC_BASE_URL: 'https://kontrakt.example.dk', ENTRA_CLIENT_ID: CLIENT_ID }, { mode: 'production' }));
    expect(d['process.env.ENTRA_CLIENT_ID']).toBe(JSON.stringify(CLIENT_ID));
    expect(d['process.env.PUBLIC_BASE_URL']).toBe(JSON.stringify('https://kontrakt.example.dk'));
  });

  it('defines them empty without a registration (dev mode)', () => {
    const saved = { id: process.env.ENTRA_CLIENT_ID, url: process.env.PUBLIC_BASE_URL };
    delete process.env.ENTRA_CLIENT_ID;
    delete process.env.PUBLIC_BASE_URL;
    try {
      const d = definitions(make({}, { mode: 'production' }));
      expect(d['process.env.ENTRA_CLIENT_ID']).toBe('""');
      expect(d['process.env.PUBLIC_BASE_URL']).toBe('""');
    } finally {
      if (saved.id !== undefined) process.env.ENTRA_CLIENT_ID = saved.id;
      if (saved.url !== undefined) process.env.PUBLIC_BASE_URL = saved.url;
    }
  });
});

describe('buildSettings', () => {
  it('reads an empty value as "not set"', () => {
    const saved = process.env.ENTRA_CLIENT_ID;
    process.env.ENTRA_CLIENT_ID = '';
    try {
      expect(buildSettings().clientId).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.ENTRA_CLIENT_ID; else process.env.ENTRA_CLIENT_ID = saved;
    }
  });
});

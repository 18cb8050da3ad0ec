import { ConfigError, isLoopbackHost, loadConfig } from '../../src/server/config';

const entra = { ENTRA_TENANT_IDS: '11111111-2222-4333-8444-555555555555', ENTRA_AUDIENCE: 'api://x' };

describe('configuration', () => {
  test('defaults: PGlite under ./data, thresholds 5/8, the 17 municipalities, Socialtilsyn Øst', () => {
    const c = loadConfig(entra);
    expect(c.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(c.rateThresholds).toEqual({ privatePercent: 5, publicPercent: 8 });
    expect(c.municipalities).toHaveLength(17);
    expect(c.supervision).toEqual({ default: 'Socialtilsyn Øst', byOperatorMunicipality: { Holbæk: 'Socialtilsyn Hovedstaden' } });
    expect(c.auth).toMatchObject({ mode: 'entra', tenantIds: [entra.ENTRA_TENANT_IDS], audiences: ['api://x'] });
  });
  test('DATABASE_URL selects PostgreSQL; lists and thresholds are configuration', () => {
    const c = loadConfig({ ...entra, DATABASE_URL: 'postgres://u@h/db', RATE_THRESHOLD_PRIVATE: '4.5', MUNICIPALITIES: 'A, B', SUPERVISION_AUTHORITIES: 'default=Tilsyn X' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(c.rateThresholds.privatePercent).toBe(4.5);
    expect(c.municipalities).toEqual(['A', 'B']);
    expect(c.supervision.default).toBe('Tilsyn X');
  });
  test.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ RATE_THRESHOLD_PUBLIC: '-1' }, /RATE_THRESHOLD_PUBLIC/],
    [{ AUTH_MODE: 'none' }, /AUTH_MODE/],
    [{ ENTRA_TENANT_IDS: '' }, /ENTRA_TENANT_IDS/],
    [{ ENTRA_TENANT_IDS: 'contoso' }, /ENTRA_TENANT_IDS.*GUID/],
    [{ ENTRA_AUDIENCE: '' }, /ENTRA_AUDIENCE/],
    [{ SUPERVISION_AUTHORITIES: 'Holbæk' }, /SUPERVISION_AUTHORITIES/],
  ])('a bad value stops the start naming the variable: %o', (env, re) => {
    expect(() => loadConfig({ ...entra, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...entra, ...env })).toThrow(re);
  });
  test('dev mode only when asked for, and only on a loopback HOST', () => {
    expect(loadConfig({ AUTH_MODE: 'dev' }).auth).toEqual({ mode: 'dev', roles: ['Leverandoerliste.Admin', 'Kontrakt.Reviewer'] });
    expect(loadConfig({ AUTH_MODE: 'dev', HOST: '::1', DEV_ROLES: 'Kontrakt.Reviewer' }).auth).toEqual({ mode: 'dev', roles: ['Kontrakt.Reviewer'] });
    expect(() => loadConfig({ AUTH_MODE: 'dev', HOST: '0.0.0.0' })).toThrow(/AUTH_MODE.*loopback/);
    expect(() => loadConfig({ AUTH_MODE: 'dev', HOST: '192.168.1.10' })).toThrow(/AUTH_MODE/);
    expect(() => loadConfig({})).toThrow(/ENTRA_TENANT_IDS/);
  });
  test('loopback detection', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'example.org', '128.0.0.1']) expect(isLoopbackHost(h)).toBe(false);
  });
});

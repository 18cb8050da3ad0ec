import path from 'node:path';

const makeConfig = require('../../webpack/addin.cjs') as (env: object, argv: object) => { output: { path: string; publicPath: string }; entry: Record<string, string>; resolve: { fallback: Record<string, unknown> }; plugins: Array<{ constructor: { name: string }; baseUrl?: string; clientId?: string }> };

describe('webpack/addin.cjs', () => {
  it('renders the manifest for the configured base URL and client id', () => {
    const config = makeConfig({ PUBLIC_BASE_URL: 'https://kontrakt.example.dk', ENTRA_CLIENT_ID: '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54' }, { mode: 'production' });
    const plugin = config.plugins.find((p) => p.constructor.name === 'AddinAssetsPlugin');
    expect(plugin).toMatchObject({ baseUrl: 'https://kontrakt.example.dk', clientId: '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54' });
  });

  it('builds the task pane into dist/addin with relative URLs and no node polyfills', () => {
    const config = makeConfig({}, { mode: 'production' });
    expect(config.output.path).toBe(path.resolve(__dirname, '..', '..', 'dist', 'addin'));
    expect(config.output.publicPath).toBe('');
    // The pane, and the auth page the Office dialog opens when no single sign-on gave a token.
    expect(config.entry).toEqual({ taskpane: './src/addin/index.tsx', auth: './src/addin/auth-dialog.ts' });
    expect(Object.values(config.resolve.fallback).every((v) => v === false)).toBe(true);
  });
});

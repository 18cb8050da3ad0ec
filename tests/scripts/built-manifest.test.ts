/**
 * The Word manifest that `npm run build` writes to dist/addin/manifest.xml: the build's own asset
 * plugin (webpack/addin.cjs) run by webpack on an empty entry, so the test checks the emitted file,
 * not only the renderer. Rendered for PUBLIC_BASE_URL; with ENTRA_CLIENT_ID it carries
 * WebApplicationInfo for Office single sign-on; valid offline against Microsoft's add-in XSDs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { validateManifestXml } from '../../manifest/word/validate';

const { AddinAssetsPlugin } = require('../../webpack/addin.cjs') as { AddinAssetsPlugin: new (baseUrl?: string, clientId?: string) => webpack.WebpackPluginInstance };

const BASE = 'https://kontrakt.example.dk';
const CLIENT_ID = '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54';
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kl-built-manifest-'));
  writeFileSync(path.join(work, 'entry.js'), 'export {};\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the build's asset plugin; returns the emitted manifest (or null) and the build's warnings. */
async function build(baseUrl: string | undefined, clientId: string | undefined): Promise<{ manifest: string | null; warnings: string[] }> {
  const out = mkdtempSync(path.join(work, 'out-'));
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack({ mode: 'none', context: work, entry: './entry.js', output: { path: out }, plugins: [new AddinAssetsPlugin(baseUrl, clientId)] }, (err, s) => (err || !s ? reject(err) : resolve(s)));
  });
  const file = path.join(out, 'manifest.xml');
  return { manifest: existsSync(file) ? readFileSync(file, 'utf8') : null, warnings: stats.compilation.warnings.map((w) => w.message) };
}

describe('dist/addin/manifest.xml as npm run build writes it', () => {
  it('is rendered for PUBLIC_BASE_URL with WebApplicationInfo for ENTRA_CLIENT_ID, and valid against the XSDs', async () => {
    const { manifest } = await build(`${BASE}/`, CLIENT_ID);
    expect(manifest).not.toBeNull();
    const xml = manifest!.replace(/<!--[\s\S]*?-->/g, '');
    expect(await validateManifestXml(xml)).toEqual([]);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}/addin/taskpane.html"`);
    expect(xml).not.toContain('localhost');
    const info = /<WebApplicationInfo>([\s\S]*?)<\/WebApplicationInfo>/.exec(xml)?.[1] ?? '';
    expect(info).toContain(`<Id>${CLIENT_ID}</Id>`);
    expect(info).toContain(`<Resource>api://kontrakt.example.dk/${CLIENT_ID}</Resource>`);
  });

  it('has no WebApplicationInfo without ENTRA_CLIENT_ID (the pane then calls a dev-mode server without a token)', async () => {
    const { manifest } = await build(BASE, undefined);
    expect(await validateManifestXml(manifest!)).toEqual([]);
    expect(manifest).not.toContain('WebApplicationInfo');
  });

  it('is left out, with a warning that says why, for a base URL Office cannot load', async () => {
    const { manifest, warnings } = await build('http://kontrakt.example.dk', CLIENT_ID);
    expect(manifest).toBeNull();
    expect(warnings.join('\n')).toMatch(/manifest\.xml blev ikke skrevet: .*https/);
  });
});

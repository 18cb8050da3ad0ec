import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate, validateManifestXml } from '../../manifest/word/validate';
import { normaliseBaseUrl, renderManifest } from '../../manifest/word/render';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('Word add-in manifest', () => {
  it('validates offline against Microsoft\'s add-in XSDs', async () => {
    expect(await validate()).toEqual([]);
  });

  it('rejects a manifest with an unknown element', async () => {
    const broken = renderManifest(undefined, '').replace('<Permissions>', '<Tilladelser>ja</Tilladelser><Permissions>');
    const errors = await validateManifestXml(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/Tilladelser/);
  });

  it('rejects a manifest without its required SourceLocation', async () => {
    const broken = renderManifest(undefined, '').replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '');
    expect(await validateManifestXml(broken)).not.toEqual([]);
  });

  it('takes every URL from PUBLIC_BASE_URL, requires WordApi 1.4 and a Home-tab button', () => {
    const xml = renderManifest('https://kontrakt.example.dk/', '').replace(/<!--[\s\S]*?-->/g, '');
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u === 'https://kontrakt.example.dk' || u.startsWith('https://kontrakt.example.dk/')).toBe(true);
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.4"/>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('DefaultValue="KL Kontrakt"');
    for (const size of [16, 32, 64, 80]) {
      expect(existsSync(path.join(repoRoot, 'assets', 'addin', `icon-${size}.png`))).toBe(true);
    }
  });

  it('refuses a base URL that Office would not load', () => {
    expect(() => normaliseBaseUrl('http://kontrakt.example.dk')).toThrow(/https/);
    expect(() => normaliseBaseUrl('ikke en url')).toThrow(/gyldig/);
    expect(normaliseBaseUrl(undefined)).toBe('https://localhost:3000');
  });

  it('keeps the checked-in manifest.xml in step with the template for the default URL, without SSO', () => {
    const checkedIn = readFileSync(path.join(repoRoot, 'manifest', 'word', 'manifest.xml'), 'utf8');
    expect(checkedIn).toBe(renderManifest('https://localhost:3000', ''));
    expect(checkedIn).not.toContain('WebApplicationInfo');
  });

  it('adds Office single sign-on for ENTRA_CLIENT_ID, still valid against the XSDs', async () => {
    const id = '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54';
    const xml = renderManifest('https://kontrakt.example.dk', id);
    expect(xml).toContain(`<Id>${id}</Id>`);
    expect(xml).toContain(`<Resource>api://kontrakt.example.dk/${id}</Resource>`);
    expect(xml).not.toContain('SSO-BEGIN');
    expect(await validateManifestXml(xml)).toEqual([]);
    expect(() => renderManifest('https://kontrakt.example.dk', 'ikke-et-guid')).toThrow(/GUID/);
  });
});

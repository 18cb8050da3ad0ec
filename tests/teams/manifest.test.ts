import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { encodePng } from '../../assets/teams/png';
import { buildManifest, readPackageEnv, sampleEnv, teamsAssetsDir } from '../../manifest/teams/build';
import { iconErrors, validate, validatePackage, validateParts } from '../../manifest/teams/validate';
import { packTeamsApp } from '../../scripts/package-teams';

const icons = () => ({ color: readFileSync(path.join(teamsAssetsDir, 'color.png')), outline: readFileSync(path.join(teamsAssetsDir, 'outline.png')) });
const env = { TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555', ENTRA_CLIENT_ID: '99999999-8888-4777-8666-555555555555', PUBLIC_BASE_URL: 'https://kontrakt.holbaek.dk/' };

describe('Teams app manifest', () => {
  it('validates offline against the bundled schema, with icons that follow Teams rules', async () => {
    expect(await validate()).toEqual([]);
  });

  it('is filled from the environment: app id, SSO resource, valid domain, tab URLs', () => {
    const { manifest } = buildManifest(readPackageEnv(env));
    expect(manifest.id).toBe(env.TEAMS_APP_ID);
    expect(manifest.webApplicationInfo).toEqual({
      id: env.ENTRA_CLIENT_ID,
      resource: `api://kontrakt.holbaek.dk/${env.ENTRA_CLIENT_ID}`,
      // The token Teams prefetches for nested app authentication (no claims: the server is not CAE capable).
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://kontrakt.holbaek.dk', scopes: [`api://kontrakt.holbaek.dk/${env.ENTRA_CLIENT_ID}/access_as_user`] }],
    });
    expect(manifest.validDomains).toEqual(['kontrakt.holbaek.dk']);
    const tabs = manifest.staticTabs as { entityId: string; contentUrl: string }[];
    expect(tabs.map((t) => t.entityId)).toEqual(['leverandorliste', 'gennemgang', 'revision']);
    expect(tabs[2]!.contentUrl).toBe('https://kontrakt.holbaek.dk/revision/index.html');
    expect(tabs[1]!.contentUrl).toBe('https://kontrakt.holbaek.dk/teams/index.html?view=gennemgang');
    expect((manifest.configurableTabs as { configurationUrl: string }[])[0]!.configurationUrl).toBe('https://kontrakt.holbaek.dk/teams/config.html');
  });

  it('has the app\'s bot for team, group chat and personal scope: the SSO app by default, or its own', () => {
    const same = buildManifest(readPackageEnv(env)).manifest.bots as { botId: string; scopes: string[]; isNotificationOnly: boolean }[];
    expect(same).toEqual([expect.objectContaining({ botId: env.ENTRA_CLIENT_ID, scopes: ['team', 'groupChat', 'personal'], isNotificationOnly: true })]);
    const own = '44444444-3333-4222-8111-000000000000';
    expect((buildManifest(readPackageEnv({ ...env, BOT_APP_ID: own })).manifest.bots as { botId: string }[])[0]!.botId).toBe(own);
    expect(() => readPackageEnv({ ...env, BOT_APP_ID: 'not-a-guid' })).toThrow(/BOT_APP_ID/);
  });

  it('refuses wrong packing variables, naming each one', () => {
    expect(() => readPackageEnv({ TEAMS_APP_ID: 'abc', PUBLIC_BASE_URL: 'http://x.dk' })).toThrow(/TEAMS_APP_ID[\s\S]*ENTRA_CLIENT_ID[\s\S]*PUBLIC_BASE_URL/);
  });

  it('catches schema and consistency errors', async () => {
    const { manifest, localizations } = buildManifest(sampleEnv);
    const broken = { ...manifest, manifestVersion: '1.22', id: 'not-a-guid', validDomains: ['other.example.dk'], bogus: true };
    const errors = await validateParts(broken, { ...localizations, 'da-dk.json': { ...localizations['da-dk.json'], 'name.short': 'x'.repeat(40) } }, icons(), '');
    const text = errors.join('\n');
    expect(text).toMatch(/manifest\.json: \/id/);
    expect(text).toMatch(/additional properties/i);
    expect(text).toMatch(/da-dk\.json: \/name\.short/);
    expect(text).toMatch(/står ikke i validDomains/);
  });

  it('refuses an outline icon that is not white on transparent', () => {
    const data = new Uint8Array(32 * 32 * 4).fill(255);
    data.set([255, 0, 0, 255], 0);
    const errors = iconErrors(icons().color, encodePng({ width: 32, height: 32, data }));
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/ikke hvide/), expect.stringMatching(/ikke gennemsigtig/)]));
    expect(iconErrors(encodePng({ width: 10, height: 10, data: new Uint8Array(400) }), icons().outline)).toEqual([expect.stringMatching(/192×192/)]);
  });

  it('packs a zip with manifest, da-dk localisation and icons that validates', async () => {
    const zip = packTeamsApp(readPackageEnv(env));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['color.png', 'da-dk.json', 'manifest.json', 'outline.png']);
    expect(await validatePackage(zip)).toEqual([]);
  });
});

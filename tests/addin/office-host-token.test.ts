/**
 * The task pane in Word gets its API token through src/ui/auth: without a client id in the build
 * (dev mode) straight from Office's own SSO, even where Office offers nested app authentication (the
 * NAA order itself: tests/ui/auth/naa-token-provider.test.ts).
 */
import { OfficeHost } from '../../src/addin/host/office-host';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { FakeWord } from '../fakes/word';
import { readFixture } from '../document/word/helpers';

const registry = loadTemplateRegistry();
const templates = { registry, sources: [] };

function hostWith(sets: string[]) {
  const word = new FakeWord({ docx: readFixture('korrekt-01.docx') });
  const calls: Office.AuthOptions[] = [];
  const office = {
    context: { requirements: { isSetSupported: (name: string) => sets.includes(name) || word.office.isSetSupported(name) }, document: { url: null } },
    auth: { getAccessToken: (options: Office.AuthOptions) => { calls.push(options); return Promise.resolve('office-token'); } },
  } as unknown as typeof Office;
  return { host: new OfficeHost({ Office: office, Word: word.host as unknown as typeof Word }, templates), calls };
}

describe('OfficeHost.apiToken', () => {
  const saved = process.env.ENTRA_CLIENT_ID;
  afterEach(() => {
    if (saved === undefined) delete process.env.ENTRA_CLIENT_ID; else process.env.ENTRA_CLIENT_ID = saved;
  });

  it('without a client id uses Office.auth.getAccessToken, with sign-in and consent prompts allowed', async () => {
    delete process.env.ENTRA_CLIENT_ID;
    const { host, calls } = hostWith(['IdentityAPI', 'NestedAppAuth']);
    await expect(host.apiToken()).resolves.toBe('office-token');
    expect(calls).toEqual([{ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false }]);
  });

  it('without IdentityAPI 1.3 and without NAA calls the API without a token', async () => {
    delete process.env.ENTRA_CLIENT_ID;
    const { host, calls } = hostWith([]);
    await expect(host.apiToken()).resolves.toBeNull();
    expect(calls).toEqual([]);
  });
});

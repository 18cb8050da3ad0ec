/**
 * The task pane's token chain where Office has no nested app authentication and Office's own SSO
 * fails (no consent in the tenant): the request goes without a token, and only "Log ind" opens our
 * auth page in an Office dialog, whose messageParent answer becomes the token (issue 12.3).
 */
import { OfficeHost } from '../../src/addin/host/office-host';
import { OfficeDialogSignIn } from '../../src/addin/host/office-dialog-sign-in';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { encodeAuthPageMessage } from '../../src/ui/auth/auth-page-message';
import { FakeWord } from '../fakes/word';
import { readFixture } from '../document/word/helpers';

const BASE = 'https://kontrakt.example.dk';
const PAGE = `${BASE}/addin/auth.html`;
const templates = { registry: loadTemplateRegistry(), sources: [] };
const tokenMessage = (accessToken: string) => encodeAuthPageMessage({ status: 'success', accessToken, expiresOn: Math.floor(Date.now() / 1000) + 3600 });

function wordWithoutSso() {
  const word = new FakeWord({ docx: readFixture('korrekt-01.docx') });
  let ssoCalls = 0;
  const office = {
    ...word.dialogs,
    context: {
      ...word.dialogs.context,
      requirements: { isSetSupported: (name: string) => name === 'IdentityAPI' || word.office.isSetSupported(name) },
      document: { url: null },
    },
    // 13012 … 13003: what Office answers where the tenant has not consented or SSO is unsupported.
    auth: { getAccessToken: () => { ssoCalls += 1; return Promise.reject(Object.assign(new Error('consent'), { code: 13003 })); } },
  } as unknown as typeof Office;
  return { word, host: new OfficeHost({ Office: office, Word: word.host as unknown as typeof Word }, templates), ssoCalls: () => ssoCalls };
}

describe('task pane sign-in: Office SSO fails, then the dialog from "Log ind"', () => {
  const saved = { id: process.env.ENTRA_CLIENT_ID, base: process.env.PUBLIC_BASE_URL };
  beforeEach(() => {
    process.env.ENTRA_CLIENT_ID = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
    process.env.PUBLIC_BASE_URL = BASE;
  });
  afterEach(() => {
    for (const [k, v] of [['ENTRA_CLIENT_ID', saved.id], ['PUBLIC_BASE_URL', saved.base]] as const) {
      if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });

  it('calls without a token and opens no dialog by itself; "Log ind" opens the auth page and its token is used', async () => {
    const { word, host, ssoCalls } = wordWithoutSso();
    await expect(host.apiToken()).resolves.toBeNull();
    expect(word.dialogs.opened).toEqual([]);
    expect(host.signIn).not.toBeNull();
    host.signIn!.requestRefused();

    const signedIn = host.signIn!.signIn();
    await word.dialogs.messageParent(tokenMessage('dialog-token'), BASE);
    await expect(signedIn).resolves.toBe(true);
    expect(word.dialogs.opened.map((o) => o.url)).toEqual([PAGE]);
    expect(word.dialogs.isOpen).toBe(false);
    await expect(host.apiToken()).resolves.toBe('dialog-token');
    // Office's SSO failed once and is not asked again on every request.
    expect(ssoCalls()).toBe(1);
  });

  it('the user closing the dialog (12006) keeps the notice with a Danish reason and no token', async () => {
    const { word, host } = wordWithoutSso();
    host.signIn!.requestRefused();
    const signedIn = host.signIn!.signIn();
    await word.dialogs.dialogEvent(12006);
    await expect(signedIn).resolves.toBe(false);
    expect(host.signIn!.snapshot()).toEqual({ needed: true, busy: false, error: 'Login-vinduet blev lukket, før login var gennemført.' });
    await expect(host.apiToken()).resolves.toBeNull();
  });

  it('without a client id (dev mode) there is no "Log ind": nobody to sign in with', () => {
    delete process.env.ENTRA_CLIENT_ID;
    expect(wordWithoutSso().host.signIn).toBeNull();
  });
});

describe('OfficeDialogSignIn', () => {
  const dialogs = () => new FakeWord({ docx: readFixture('korrekt-01.docx') }).dialogs;

  it('opens the page from the click without a second prompt, and closes the dialog on the answer', async () => {
    const d = dialogs();
    const answer = new OfficeDialogSignIn(d, PAGE).open();
    await d.messageParent(tokenMessage('t'));
    await expect(answer).resolves.toMatchObject({ status: 'success', accessToken: 't' });
    expect(d.opened[0]?.options).toEqual({ height: 60, width: 30, promptBeforeOpen: false });
    expect(d.closeCount).toBe(1);
  });

  it('ignores a message from another origin, and treats an unparseable one as a failure', async () => {
    const d = dialogs();
    const answer = new OfficeDialogSignIn(d, PAGE).open();
    await d.messageParent(tokenMessage('stolen'), 'https://evil.example');
    expect(d.isOpen).toBe(true);
    await d.messageParent('not json', BASE);
    await expect(answer).resolves.toEqual({ status: 'failure', code: 'auth.malformed', message: 'Login-siden svarede uventet.' });
  });

  it.each([
    [12009, 'Login-vinduet blev ikke tilladt. Klik på Log ind igen og vælg Tillad.'],
    [12004, 'Login-siden ligger ikke på tilføjelsesprogrammets eget domæne (tjek PUBLIC_BASE_URL).'],
    [12345, 'Login-vinduet kunne ikke åbnes (fejl 12345).'],
  ])('displayDialogAsync failing with %i says why in Danish', async (code, message) => {
    const d = dialogs();
    d.failNextOpen(code);
    await expect(new OfficeDialogSignIn(d, PAGE).open()).resolves.toEqual({ status: 'failure', code: `office.dialog.${code}`, message });
  });

  it('a second dialog while one is open is refused (12007), as Office does', async () => {
    const d = dialogs();
    const first = new OfficeDialogSignIn(d, PAGE).open();
    await expect(new OfficeDialogSignIn(d, PAGE).open()).resolves.toMatchObject({ code: 'office.dialog.12007' });
    await d.dialogEvent(12002);
    await expect(first).resolves.toEqual({ status: 'failure', code: 'office.dialog.12002', message: 'Login-siden kunne ikke findes.' });
  });
});

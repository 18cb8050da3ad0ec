/**
 * Gennemgang as list and detail, with the mouse at 1280 and 350 px: one-line titles (ellipsis, the
 * whole title on hover), badges inside their pills, the state/municipality/age/provider filters, the
 * detail with its history in Danish, the reviewer's comment seen by the requester (a Teams user
 * without the reviewer role, in the fake Teams host), and below 900 px the detail as a drawer.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { ROLES } from '../../src/server/config';
import { Unauthenticated } from '../../src/server/errors';
import type { Authenticator } from '../../src/server/http/auth';
import { startTeamsHost } from '../fakes/teams-host';
import { seriousAxeViolations } from './helpers/axe';
import { hitAtCentre, pickWithMouse, startTabServer, type TabServer } from './helpers/tab-server';

jest.setTimeout(180_000);

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** Shaped like an Entra token: the tab reads its roles claim (none: a requester, not a reviewer). */
const REQUESTER_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: 'api://kl/test', name: 'Rikke Rådgiver', roles: [], exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`;
const REQUESTER_TENANT = '5e0c7a52-1b3d-4c2e-9f10-0000000000a1';
const REQUESTER = { id: 'rikke', name: 'Rikke Rådgiver', tenantId: REQUESTER_TENANT, roles: [] as string[] };
const REVIEWER = { id: 'dev-user', name: 'Mette Gennemgang', tenantId: null, roles: [ROLES.admin, ROLES.reviewer] };
const authenticator: Authenticator = {
  async authenticate(authorization) {
    if (authorization === `Bearer ${REQUESTER_TOKEN}`) return REQUESTER;
    if (authorization === undefined) return REVIEWER;
    throw new Unauthenticated();
  },
};

let clock = Date.now();
let tab: TabServer;
const LONG = 'Kontrakt til gennemgang: Bofællesskabet med det meget lange navn ved fjorden, afdeling for voksne med autisme og dobbeltdiagnose (fiktivt)';
let answered: { id: string; title: string };
let offer: { id: string; name: string };

type Flag = { id: string; title: string; version: number };
const asRequester = { authorization: `Bearer ${REQUESTER_TOKEN}` };
const countOf = async (query: string) => (await tab.api<{ items: unknown[] }>(`/api/flags?limit=200&${query}`)).items.length;

beforeAll(async () => {
  // The requester's organisation files for Næstved and Faxe (issue 11.5: flags belong to a tenant).
  tab = await startTabServer(300, { authenticator, now: () => new Date(clock), env: { TENANT_MUNICIPALITIES: JSON.stringify({ [REQUESTER_TENANT]: ['Næstved', 'Faxe'] }) } });
  offer = (await tab.api<{ items: { id: string; name: string }[] }>('/api/offers?limit=1&municipality=Faxe')).items[0]!;
  const create = (body: Record<string, unknown>) => tab.api<Flag>('/api/flags', { method: 'POST', headers: asRequester, body: JSON.stringify(body) });
  // Two flags from 40 days ago, then today's.
  clock = Date.now() - 40 * 86_400_000;
  await create({ title: 'Gammel sag: tillæg til kontrakt (fiktivt)', municipality: 'Næstved' });
  await create({ title: 'Gammel sag: prisregulering (fiktivt)', municipality: 'Faxe' });
  clock = Date.now();
  answered = await create({ title: LONG, municipality: 'Næstved', offerId: offer.id, comment: 'Kan I se på underskriften?',
    findings: [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Leverandørens underskrift mangler.' }] });
  const etag = (await fetch(`${tab.origin}/api/flags/${answered.id}`)).headers.get('etag')!;
  await tab.api(`/api/flags/${answered.id}`, { method: 'PATCH', headers: { 'if-match': etag }, body: JSON.stringify({ state: 'under-gennemgang', assignee: 'me' }) });
  await tab.api(`/api/flags/${answered.id}/comments`, { method: 'POST', body: JSON.stringify({ text: 'Underskriften mangler på side 3 — send en ny version.' }) });
});
afterAll(async () => { await tab?.close(); });
afterEach(async () => {
  if (tab.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  tab.errors.length = 0;
  for (const p of tab.browser.context.pages()) await p.close().catch(() => undefined);
});

const count = (scope: Page | FrameLocator) => scope.getByTestId('flag-count');
const waitCount = (scope: Page | FrameLocator, n: number) => count(scope).getByText(n === 0 ? 'Ingen flag matcher.' : `${n} flag`, { exact: true }).waitFor();
const queueItem = (scope: Page | FrameLocator, title: string) => scope.getByTestId('flag-queue').locator('button').filter({ has: scope.getByText(title, { exact: true }) });

describe('Gennemgang at 1280 px (reviewer)', () => {
  it('lists one-line titles with the whole title on hover and badges inside their pills', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    await waitCount(page, await countOf(''));
    const titles = await page.getByTestId('flag-title').evaluateAll((els) => els.map((el) => {
      const lh = parseFloat(getComputedStyle(el).lineHeight) || 20;
      return { text: el.textContent, lines: Math.round(el.getBoundingClientRect().height / lh), cut: el.scrollWidth > el.clientWidth, hover: el.closest('button')?.getAttribute('title') };
    }));
    expect(titles.length).toBeGreaterThan(3);
    for (const t of titles) expect(t).toEqual({ ...t, lines: 1, hover: t.text });
    expect(titles.find((t) => t.text === LONG)?.cut).toBe(true);
    const badges = await page.getByTestId('flag-queue').locator('.fui-Badge').evaluateAll((els) => els.map((b) => {
      const r = b.getBoundingClientRect();
      const row = b.closest('button')!.getBoundingClientRect();
      return { text: b.textContent, spills: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight + 1, inside: r.left >= row.left && r.right <= row.right };
    }));
    expect(badges.length).toBeGreaterThan(titles.length);
    for (const b of badges) expect(b).toEqual({ ...b, spills: false, inside: true });
    await page.screenshot({ path: 'test-artifacts/review-list-1280.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('filters by state, municipality, age and provider with the mouse', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    await waitCount(page, await countOf(''));
    await pickWithMouse(page, 'Status', 'Under gennemgang');
    await waitCount(page, await countOf('state=under-gennemgang'));
    await queueItem(page, LONG).waitFor();
    await pickWithMouse(page, 'Status', 'Alle');
    await pickWithMouse(page, 'Kommune', 'Næstved');
    await waitCount(page, await countOf('municipality=N%C3%A6stved'));
    await pickWithMouse(page, 'Kommune', 'Alle');
    await pickWithMouse(page, 'Alder', 'Ældre end 30 dage');
    const old = await countOf('olderThanDays=30');
    expect(old).toBeGreaterThanOrEqual(2);
    await waitCount(page, old);
    await queueItem(page, 'Gammel sag: prisregulering (fiktivt)').waitFor();
    await pickWithMouse(page, 'Alder', 'Alle');
    const provider = page.getByRole('combobox', { name: 'Tilbud eller leverandør' });
    await provider.click();
    await provider.pressSequentially(offer.name.slice(0, 20));
    const option = page.getByRole('option', { name: new RegExp(`^${offer.name.replace(/[()]/g, '\\$&')}`) }).first();
    await option.waitFor();
    expect(await hitAtCentre(option)).toBe(true);
    await option.click();
    await waitCount(page, await countOf(`offerId=${offer.id}`));
    await queueItem(page, LONG).waitFor();
  });

  it('opens a flag beside the list with its comments and its history in Danish', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    await queueItem(page, LONG).click();
    const panel = page.getByTestId('flag-panel');
    await panel.getByRole('heading', { name: LONG }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await queueItem(page, LONG).getAttribute('aria-current')).toBe('true');
    const history = (await panel.getByTestId('flag-history').innerText()).split('\n');
    expect(history.join('\n')).toMatch(/oprettet \(af Rikke Rådgiver\)/);
    expect(history.join('\n')).toMatch(/tildelt Mette Gennemgang/);
    expect(history.join('\n')).toMatch(/status ændret fra ny til under gennemgang/);
    expect(history.join('\n')).toMatch(/kommenteret \(af Mette Gennemgang\)/);
    expect(history.join('\n')).not.toMatch(/state-changed|assigned|commented|created/);
    const reviewerComment = panel.getByRole('listitem').filter({ hasText: 'Underskriften mangler på side 3' });
    await reviewerComment.getByText('Gennemgang', { exact: true }).waitFor();
    await page.screenshot({ path: 'test-artifacts/review-detail-1280.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('Gennemgang for the requester, inside Teams', () => {
  it('shows the reviewer’s answer on my flag and lets me reply, without reviewer actions', async () => {
    const host = await startTeamsHost({ appOrigin: tab.origin, tabPath: '/teams/index.html?view=gennemgang', token: REQUESTER_TOKEN, theme: 'dark' });
    const page = await tab.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('#tab');
    await frame.getByRole('heading', { name: 'Gennemgang', level: 2 }).waitFor();
    await pickWithMouse(frame, 'Vis', 'Mine flag');
    await waitCount(frame, 3);
    await queueItem(frame, LONG).click();
    const panel = frame.getByTestId('flag-panel');
    const answer = panel.getByRole('listitem').filter({ hasText: 'Underskriften mangler på side 3 — send en ny version.' });
    await answer.getByText('Gennemgang', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Afslut' }).count()).toBe(0);
    await panel.getByRole('textbox', { name: 'Ny kommentar' }).click();
    await page.keyboard.type('Ny version er vedhæftet.');
    await panel.getByRole('button', { name: 'Tilføj kommentar' }).click();
    await panel.getByRole('listitem').filter({ hasText: 'Ny version er vedhæftet.' }).getByText('Afsender', { exact: true }).waitFor();
    await frame.locator('[data-testid="tab-root"][data-theme="dark"]').waitFor();
    await page.screenshot({ path: 'test-artifacts/review-requester-teams-dark-1280.png' });
    await page.evaluate(() => (window as unknown as { __teamsHost: { setTheme(t: string): void } }).__teamsHost.setTheme('contrast'));
    await frame.locator('[data-testid="tab-root"][data-theme="contrast"]').waitFor();
    await page.screenshot({ path: 'test-artifacts/review-requester-teams-contrast-1280.png' });
    await page.close();
    await host.close();
  });
});

describe('Gennemgang at 350 px', () => {
  it('fills the width with the list and opens the detail as a drawer', async () => {
    const page = await tab.newPage({ width: 350, height: 800 });
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    await waitCount(page, await countOf(''));
    const section = page.locator('section[aria-labelledby="review-heading"]');
    expect(await section.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await section.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(350);
    // Nor does the page as a whole (the view tabs scroll inside the header).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.screenshot({ path: 'test-artifacts/review-list-350.png', fullPage: true });
    await queueItem(page, LONG).click();
    const drawer = page.getByRole('dialog', { name: 'Flag til gennemgang' });
    await drawer.getByTestId('flag-panel').getByRole('heading', { name: LONG }).waitFor();
    expect(await drawer.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await drawer.getByTestId('flag-history').getByText(/tildelt/).waitFor();
    await page.screenshot({ path: 'test-artifacts/review-drawer-350.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(await hitAtCentre(queueItem(page, LONG))).toBe(true);
  });
});

/**
 * Entry of the Teams tab (dist/teams/index.html). Connects to Teams (or runs standalone), builds the
 * API client with the SSO token, works out the user's roles and renders the tab. After a sign-in
 * through "Log ind" the roles are read again from the new token and the tab starts afresh (its views
 * reload what was refused).
 */
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../ui/api/client';
import { connectHost, rolesFromToken, type HostSession } from './host/teams-host';
import { ROLE_ADMIN, ROLE_REVIEWER } from './session-context';
import { TabApp, startState } from './TabApp';
import { readListState } from './views/offer-list-state';

type Roles = { isAdmin: boolean; isReviewer: boolean };

async function rolesOf(host: HostSession, api: ApiClient): Promise<Roles> {
  if (host.mode === 'teams') {
    const claims = rolesFromToken(await host.getToken().catch(() => null)) ?? [];
    return { isAdmin: claims.includes(ROLE_ADMIN), isReviewer: claims.includes(ROLE_REVIEWER) };
  }
  // Standalone runs against the server's dev mode: ask the server what this user may do.
  const isAdmin = await api.audit({ limit: 1 }).then(() => true, () => false);
  return { isAdmin, isReviewer: true };
}

async function main(): Promise<void> {
  const host = await connectHost();
  const api = new ApiClient({ getToken: () => host.getToken(), onUnauthenticated: () => host.signIn?.requestRefused() });
  const root = createRoot(document.getElementById('root')!);
  const start = startState(window.location.search, host);
  // The list's first page is on its way while React renders the tab (the list takes this request over).
  if (start.view === 'leverandorliste') {
    const { filters, sort } = readListState(window.location.search);
    api.primeOfferList({ ...filters, sort });
  }
  const render = (roles: Roles, generation: number) => root.render(
    <TabApp
      key={generation}
      host={host}
      api={api}
      roles={roles}
      start={start}
      onSignedIn={() => { void rolesOf(host, api).then((r) => render(r, generation + 1)); }}
    />,
  );
  const roles = rolesOf(host, api);
  // In standalone mode the list does not wait for the roles answer (its first page is fetched
  // alongside); the Administration tab appears with it. Inside Teams the token is needed anyway.
  if (host.mode === 'standalone' && start.view !== 'administration') render({ isAdmin: false, isReviewer: true }, 0);
  render(await roles, 0);
}

void main();

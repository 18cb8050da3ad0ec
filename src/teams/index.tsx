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

async function rolesOf(host: HostSession, api: ApiClient): Promise<{ isAdmin: boolean; isReviewer: boolean }> {
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
  const render = (roles: { isAdmin: boolean; isReviewer: boolean }, generation: number) => root.render(
    <TabApp
      key={generation}
      host={host}
      api={api}
      roles={roles}
      start={startState(window.location.search, host)}
      onSignedIn={() => { void rolesOf(host, api).then((r) => render(r, generation + 1)); }}
    />,
  );
  render(await rolesOf(host, api), 0);
}

void main();

/**
 * Entry of the Teams tab (dist/teams/index.html). Connects to Teams (or runs standalone), builds the
 * API client with the SSO token, works out the user's roles and renders the tab.
 */
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../ui/api/client';
import { connectHost, rolesFromToken } from './host/teams-host';
import { ROLE_ADMIN, ROLE_REVIEWER } from './session-context';
import { TabApp, startState } from './TabApp';

async function main(): Promise<void> {
  const host = await connectHost();
  const api = new ApiClient({ getToken: () => host.getToken() });
  let roles = { isAdmin: false, isReviewer: false };
  if (host.mode === 'teams') {
    const claims = rolesFromToken(await host.getToken().catch(() => null)) ?? [];
    roles = { isAdmin: claims.includes(ROLE_ADMIN), isReviewer: claims.includes(ROLE_REVIEWER) };
  } else {
    // Standalone runs against the server's dev mode: ask the server what this user may do.
    const isAdmin = await api.audit({ limit: 1 }).then(() => true, () => false);
    roles = { isAdmin, isReviewer: true };
  }
  const root = document.getElementById('root')!;
  createRoot(root).render(<TabApp host={host} api={api} roles={roles} start={startState(window.location.search, host)} />);
}

void main();

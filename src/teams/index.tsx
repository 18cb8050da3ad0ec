/**
 * Entry of the Teams tab (dist/teams/index.html). Connects to Teams (or runs standalone), builds the
 * API client with the SSO token, works out the user's roles and renders the tab.
 */
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../ui/api/client';
import { connectHost, rolesFromToken } from './host/teams-host';
import { ROLE_ADMIN, ROLE_REVIEWER } from './session-context';
import { TabApp, startState } from './TabApp';
import { readListState } from './views/offer-list-state';

type Roles = { isAdmin: boolean; isReviewer: boolean };

async function main(): Promise<void> {
  const host = await connectHost();
  const api = new ApiClient({ getToken: () => host.getToken() });
  const root = createRoot(document.getElementById('root')!);
  const start = startState(window.location.search, host);
  // The list's first page is on its way while React renders the tab (the list takes this request over).
  if (start.view === 'leverandorliste') {
    const { filters, sort } = readListState(window.location.search);
    api.primeOfferList({ ...filters, sort });
  }
  const render = (roles: Roles) => root.render(<TabApp host={host} api={api} roles={roles} start={start} />);
  if (host.mode === 'teams') {
    const claims = rolesFromToken(await host.getToken().catch(() => null)) ?? [];
    render({ isAdmin: claims.includes(ROLE_ADMIN), isReviewer: claims.includes(ROLE_REVIEWER) });
    return;
  }
  // Standalone runs against the server's dev mode: ask the server what this user may do. The list does
  // not wait for the answer (its first page is fetched alongside); the Administration tab appears with it.
  const roles = api.audit({ limit: 1 }).then(() => true, () => false).then((isAdmin): Roles => ({ isAdmin, isReviewer: true }));
  if (start.view === 'administration') {
    render(await roles);
    return;
  }
  render({ isAdmin: false, isReviewer: true });
  render(await roles);
}

void main();

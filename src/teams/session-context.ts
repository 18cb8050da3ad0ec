/** What every view needs: the API client, the host session and the user's roles. */
import { createContext, useContext } from 'react';
import type { ApiClient } from '../ui/api/client';
import type { HostSession } from './host/teams-host';

export const ROLE_ADMIN = 'Leverandoerliste.Admin';
export const ROLE_REVIEWER = 'Kontrakt.Reviewer';

export interface TabSession {
  api: ApiClient;
  host: HostSession;
  isAdmin: boolean;
  isReviewer: boolean;
  municipalities: string[];
}

export const SessionContext = createContext<TabSession | null>(null);

export function useSession(): TabSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('SessionContext mangler');
  return s;
}

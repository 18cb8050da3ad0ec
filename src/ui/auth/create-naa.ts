/**
 * Wires the NAA token provider for a host: MSAL.js only when the build has a client id and the host
 * says nested app authentication is available, else the host's own fallback straight away.
 * MSAL is loaded as its own chunk, so a dev-mode build or a host without NAA never fetches it.
 */
import { msalSettings } from './msal-config';
import { NaaTokenProvider, type NestedMsal } from './naa-token-provider';
import type { AuthBuildSettings } from './build-settings';
import type { TokenProvider } from './token-provider';

export interface NaaWiring {
  build: AuthBuildSettings;
  pageOrigin: string;
  /** The host's answer to "is NAA available here" (Office: NestedAppAuth 1.1; Teams: isNAAChannelRecommended). */
  naaAvailable: boolean;
  fallback: TokenProvider;
}

export function tokenProviderFor(w: NaaWiring, load: () => Promise<NestedMsal> = loadMsal(w)): TokenProvider {
  const settings = msalSettings(w.build, w.pageOrigin);
  if (!settings || !w.naaAvailable) return w.fallback;
  return new NaaTokenProvider(load, settings.scopes, w.fallback);
}

function loadMsal(w: NaaWiring): () => Promise<NestedMsal> {
  return async () => {
    const settings = msalSettings(w.build, w.pageOrigin);
    if (!settings) throw new Error('no client id');
    const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
    // MSAL's AccountInfo is structurally wider than the opaque MsalAccount used by the provider.
    return (await createNestablePublicClientApplication(settings.configuration)) as unknown as NestedMsal;
  };
}

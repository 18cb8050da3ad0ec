/**
 * Wires the token chain for a host (issue 12.3), in Microsoft's order:
 *   silent NAA → NAA popup (naa-token-provider.ts) → the host's own SSO → our auth page in the host's
 *   window (sign-in-gate.ts; Office dialog API or teams-js authenticate, opened only from "Log ind").
 * MSAL and the auth page only when the build has a client id (else dev mode: the host's SSO alone);
 * NAA only where the host says it is available. MSAL is loaded as its own chunk, so a dev-mode build
 * or a host without NAA never fetches it.
 */
import { msalSettings, type MsalSettings } from './msal-config';
import { NaaTokenProvider, type NestedMsal } from './naa-token-provider';
import type { AuthBuildSettings } from './build-settings';
import { SignInGate, type InteractiveSignIn } from './sign-in-gate';
import { firstToken } from './token-chain';
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

export interface AuthChainWiring {
  build: AuthBuildSettings;
  pageOrigin: string;
  naaAvailable: boolean;
  /** The host's own single sign-on (Office.auth.getAccessToken, teams-js getAuthToken). */
  hostSso: TokenProvider;
  /** The host's window for our auth page (Office dialog, teams-js authenticate). */
  signInPage: (settings: MsalSettings) => InteractiveSignIn;
}

export interface AuthChain {
  tokens: TokenProvider;
  /** The "Log ind" step, null in dev mode (no client id: no auth page can sign in). */
  signIn: SignInGate | null;
}

export function authChainFor(w: AuthChainWiring, load?: () => Promise<NestedMsal>): AuthChain {
  const settings = msalSettings(w.build, w.pageOrigin);
  if (!settings) return { tokens: w.hostSso, signIn: null };
  const signIn = new SignInGate(w.signInPage(settings));
  const fallback = firstToken([w.hostSso, signIn]);
  const wiring = { build: w.build, pageOrigin: w.pageOrigin, naaAvailable: w.naaAvailable, fallback };
  return { tokens: tokenProviderFor(wiring, load ?? loadMsal(wiring)), signIn };
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

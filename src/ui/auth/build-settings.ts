/**
 * What the bundles know about the app registration, fixed at build time: webpack's DefinePlugin
 * replaces these two expressions with the ENTRA_CLIENT_ID and PUBLIC_BASE_URL of the build
 * (webpack/addin.cjs, webpack/teams.cjs; always defined there, empty when unset, since the bundles
 * have no `process` at run time). An empty client id means dev mode: no MSAL at all.
 */
export interface AuthBuildSettings {
  clientId: string | undefined;
  publicBaseUrl: string | undefined;
}

export function buildSettings(): AuthBuildSettings {
  return {
    clientId: process.env.ENTRA_CLIENT_ID || undefined,
    publicBaseUrl: process.env.PUBLIC_BASE_URL || undefined,
  };
}

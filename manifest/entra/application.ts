/**
 * The Entra ID app registration as code: one object in the shape of Microsoft Graph's `application`
 * resource (https://learn.microsoft.com/graph/api/resources/application), rendered for the server's
 * public URL and the registration's client id. `npm run entra:app` writes it and prints the Graph
 * calls that create or update the registration (scripts/entra-app.ts).
 *
 * One registration serves the server's API, the Teams tab and the Word add-in: the tab and the pane
 * ask for `api://<host>/<client id>/access_as_user` (nested app authentication, or the hosts' SSO),
 * and the server accepts that audience (ENTRA_AUDIENCE).
 */
import { ROLES } from '../../src/server/config';
import { PRE_AUTHORIZED_CLIENTS } from '../../src/server/http/auth/client-apps';
import { OFFICE_AUTH_PAGE, TEAMS_AUTH_PAGE } from '../../src/ui/auth/auth-pages';

/**
 * Fixed ids of the scope and the roles: Graph matches them on update, so they must never change
 * (a new id would be a new permission, and assignments of the old role would be lost).
 */
export const SCOPE_ID = '228bbf02-4ab1-4713-9dcf-70555c2ceb4a';
export const ROLE_IDS = { admin: '7881412c-b084-4bf8-b92a-ad196d69fa2f', reviewer: 'f5e34d38-0d0c-40f7-a37c-f0448f9e6851' } as const;
export const SCOPE_VALUE = 'access_as_user';

/**
 * Microsoft 365 clients that get a token for our API without a consent prompt (the same list the
 * server accepts as `azp`: src/server/http/auth/client-apps.ts, where each id's source is cited).
 */
export { PRE_AUTHORIZED_CLIENTS };

/**
 * The pages that request tokens with MSAL.js. Nested app authentication needs the SPA redirect
 * `brk-multihub://<origin>` (origin only, no path), and Word, Excel and PowerPoint on the web also need
 * the page itself as an SPA redirect, since the browser there uses the standard auth flow:
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
export const TOKEN_PAGES = ['/addin/taskpane.html', '/teams/index.html'] as const;
/**
 * The auth pages where neither NAA nor the host's SSO gave a token: MSAL.js's redirect flow inside the
 * Office dialog / the teams-js authentication window returns to the page itself, so each is an SPA
 * redirect URI too (src/ui/auth/auth-pages.ts).
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
 */
export const AUTH_PAGES = [OFFICE_AUTH_PAGE, TEAMS_AUTH_PAGE] as const;

export class EntraAppConfigurationError extends Error {
  readonly code = 'entra.configuration';
  constructor(message: string) {
    super(message);
    this.name = 'EntraAppConfigurationError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The https origin the pages are served from (Office and Teams load nothing else). */
export function publicOrigin(raw: string | undefined): URL {
  let url: URL;
  try {
    url = new URL((raw ?? '').trim());
  } catch {
    throw new EntraAppConfigurationError(`PUBLIC_BASE_URL er ikke en gyldig URL: "${raw ?? ''}"`);
  }
  if (url.protocol !== 'https:') throw new EntraAppConfigurationError(`PUBLIC_BASE_URL skal bruge https (Office og Teams kræver det): "${raw}"`);
  return url;
}

export interface EntraApplication {
  displayName: string;
  description: string;
  signInAudience: 'AzureADMultipleOrgs';
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: 2;
    oauth2PermissionScopes: Array<{
      id: string; value: string; type: 'User' | 'Admin'; isEnabled: boolean;
      adminConsentDisplayName: string; adminConsentDescription: string; userConsentDisplayName: string; userConsentDescription: string;
    }>;
    preAuthorizedApplications: Array<{ appId: string; delegatedPermissionIds: string[] }>;
  };
  appRoles: Array<{ id: string; value: string; displayName: string; description: string; allowedMemberTypes: Array<'User' | 'Application'>; isEnabled: boolean }>;
  spa: { redirectUris: string[] };
}

/**
 * The registration for `baseUrl` (PUBLIC_BASE_URL) and `clientId` (the registration's appId).
 * - signInAudience AzureADMultipleOrgs: every municipality has its own tenant (the server still only
 *   accepts the tenants in ENTRA_TENANT_IDS).
 * - identifierUris `api://<host>/<client id>`: the form Teams tab SSO requires (tab-sso-register-aad,
 *   above), and one of the formats Entra accepts for a multi-tenant app without a verified domain
 *   (`api://<string>/<appId>`, https://learn.microsoft.com/entra/identity-platform/identifier-uri-restrictions).
 * - requestedAccessTokenVersion 2 (the portal's manifest calls it accessTokenAcceptedVersion): v2 tokens.
 * - App role values are ASCII (Entra refuses "ø" in a value); the display names are Danish.
 */
export function renderEntraApplication(baseUrl: string | undefined, clientId: string | undefined): EntraApplication {
  const origin = publicOrigin(baseUrl);
  const id = (clientId ?? '').trim();
  if (!GUID.test(id)) throw new EntraAppConfigurationError(`ENTRA_CLIENT_ID skal være registreringens klient-id (et GUID): "${id}"`);
  const host = origin.host.toLowerCase();
  return {
    displayName: 'KL Kontrakt',
    description: 'KL Kontrakt: standardkontrakter i Word, leverandørlisten og gennemgang i Teams (Rammeaftale Sjælland).',
    signInAudience: 'AzureADMultipleOrgs',
    identifierUris: [`api://${host}/${id}`],
    api: {
      requestedAccessTokenVersion: 2,
      oauth2PermissionScopes: [{
        id: SCOPE_ID,
        value: SCOPE_VALUE,
        type: 'User',
        isEnabled: true,
        adminConsentDisplayName: 'Brug KL Kontrakt som brugeren',
        adminConsentDescription: 'Lader Word-tilføjelsesprogrammet og Teams-fanen kalde KL Kontrakts server på vegne af den indloggede bruger.',
        userConsentDisplayName: 'Brug KL Kontrakt som dig',
        userConsentDescription: 'Lader KL Kontrakt i Word og Teams hente leverandørlisten og sende kontrakter til gennemgang på dine vegne.',
      }],
      preAuthorizedApplications: PRE_AUTHORIZED_CLIENTS.map((c) => ({ appId: c.appId, delegatedPermissionIds: [SCOPE_ID] })),
    },
    appRoles: [
      {
        id: ROLE_IDS.admin,
        value: ROLES.admin,
        displayName: 'Leverandørliste – administrator',
        description: 'Opretter, retter og suspenderer tilbud på leverandørlisten, importerer, ser revisionsloggen og melder takststigninger.',
        allowedMemberTypes: ['User'],
        isEnabled: true,
      },
      {
        id: ROLE_IDS.reviewer,
        value: ROLES.reviewer,
        displayName: 'Kontrakt – gennemgang',
        description: 'Tager, kommenterer og afslutter kontrakter, der er sendt til gennemgang.',
        allowedMemberTypes: ['User'],
        isEnabled: true,
      },
    ],
    spa: { redirectUris: [`brk-multihub://${host}`, ...[...TOKEN_PAGES, ...AUTH_PAGES].map((p) => `${origin.origin}${p}`)] },
  };
}

/**
 * The same registration without preAuthorizedApplications, for a first update that adds the scope:
 * a single request that adds a scope and pre-authorizes it can be refused, since the scope does not exist yet.
 */
export function withoutPreAuthorization(app: EntraApplication): Omit<EntraApplication, 'api'> & { api: Omit<EntraApplication['api'], 'preAuthorizedApplications'> } {
  const { preAuthorizedApplications: _omitted, ...api } = app.api;
  return { ...app, api };
}

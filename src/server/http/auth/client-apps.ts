/**
 * Which client applications may call this API on a user's behalf: the `azp` (v2) or `appid` (v1)
 * claim of a delegated token names the client that asked for it, and Microsoft's guidance for a web
 * API is to check that "the actor (client app) is authorized":
 * https://learn.microsoft.com/entra/identity-platform/claims-validation
 * https://learn.microsoft.com/entra/identity-platform/access-tokens (Payload claims: azp, appid)
 *
 * The callers are our own registration (nested app authentication and the auth pages ask for tokens
 * as it) and the Microsoft 365 clients whose SSO brokers a token for the tab or the pane: exactly the
 * pre-authorized applications of the registration (manifest/entra/application.ts uses this list), plus
 * the Office endpoints the Office umbrella id stands for, since a token from Office's add-in SSO names
 * the Office client that asked, not the umbrella id.
 */

/**
 * Teams tab SSO: the table "Use client ID | For authorizing…" in
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad
 * (Outlook desktop shares its id with Microsoft 365 mobile there, so it appears once).
 * Office add-in SSO: `ea5a67f6-…` "pre-authorizes all Microsoft Office application endpoints", in
 * https://learn.microsoft.com/office/dev/add-ins/develop/register-sso-add-in-aad-v2
 */
export const PRE_AUTHORIZED_CLIENTS: ReadonlyArray<{ appId: string; client: string }> = [
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', client: 'Teams desktop and mobile' },
  { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', client: 'Teams web' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', client: 'Microsoft 365 web' },
  { appId: '0ec893e0-5785-4de6-99da-4ed124e5296c', client: 'Microsoft 365 desktop' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', client: 'Microsoft 365 mobile, Outlook desktop' },
  { appId: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', client: 'Outlook web' },
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', client: 'Outlook mobile' },
  { appId: 'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e', client: 'Microsoft Office (all Office endpoints, add-in SSO)' },
];

/**
 * The platforms `ea5a67f6-…` pre-authorizes, as listed on register-sso-add-in-aad-v2 (above):
 * d3590ed6 Microsoft Office, 93d53678 Office on the web, bc59ab01 Outlook on the web; and the two
 * further "Office on the web" ids the page listed before (57fb890c, 08e18876), kept so an Office client
 * still using them is not refused.
 */
export const OFFICE_ENDPOINT_CLIENTS: readonly string[] = [
  'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  '93d53678-613d-4013-afc1-62e9e444a0a5',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  '57fb890c-0dab-4253-a5e0-7188c88b2bb4',
  '08e18876-6177-487e-b8b5-cf950c1e598c',
];

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The default allow-list: our own client id (the GUID of ENTRA_AUDIENCE, or the one ending its
 * `api://<host>/<client id>` URI) and the Microsoft clients above, lower case, once each.
 */
export function defaultClientApps(audiences: readonly string[]): string[] {
  const own = audiences.map((a) => GUID.exec(a)?.[0]).filter((g): g is string => !!g);
  return [...new Set([...own, ...PRE_AUTHORIZED_CLIENTS.map((c) => c.appId), ...OFFICE_ENDPOINT_CLIENTS].map((g) => g.toLowerCase()))];
}

/**
 * Where the auth pages are served (webpack/addin.cjs and webpack/teams.cjs build them; the server
 * serves dist/addin at /addin/ and dist/teams at /teams/). Each is an SPA redirect URI of the app
 * registration (manifest/entra/application.ts imports these), since MSAL's redirect flow returns to it.
 */
export const OFFICE_AUTH_PAGE = '/addin/auth.html';
export const TEAMS_AUTH_PAGE = '/teams/auth.html';

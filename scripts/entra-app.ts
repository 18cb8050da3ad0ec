/**
 * `npm run entra:app`: writes the Entra ID app registration (manifest/entra/application.ts, in the
 * shape of Microsoft Graph's `application` resource) for PUBLIC_BASE_URL and ENTRA_CLIENT_ID to
 * dist/entra/, and prints the exact Azure CLI calls (`az rest` against Microsoft Graph) that create or
 * update the registration. Without ENTRA_CLIENT_ID it prints the call that creates the registration
 * and so gives the client id; run it again with that id.
 * Graph: https://learn.microsoft.com/graph/api/application-post-applications,
 * https://learn.microsoft.com/graph/api/application-update, https://learn.microsoft.com/graph/api/serviceprincipal-post-serviceprincipals
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EntraAppConfigurationError, publicOrigin, renderEntraApplication, withoutPreAuthorization } from '../manifest/entra/application';

const root = path.resolve(__dirname, '..');
const GRAPH = 'https://graph.microsoft.com/v1.0';

export interface EntraAppOutput {
  files: string[];
  commands: string[];
}

/** Writes the registration under `outDir` and returns the files and the commands to run, in order. */
export function entraApp(env: Record<string, string | undefined>, outDir: string): EntraAppOutput {
  const origin = publicOrigin(env.PUBLIC_BASE_URL);
  const clientId = (env.ENTRA_CLIENT_ID ?? '').trim();
  if (!clientId) {
    const create = JSON.stringify({ displayName: 'KL Kontrakt', signInAudience: 'AzureADMultipleOrgs' });
    return {
      files: [],
      commands: [
        'az login --allow-no-subscriptions',
        `az rest --method POST --url ${GRAPH}/applications --headers Content-Type=application/json --body '${create}' --query appId --output tsv`,
        `ENTRA_CLIENT_ID=<appId from above> PUBLIC_BASE_URL=${origin.origin} npm run entra:app`,
      ],
    };
  }
  const app = renderEntraApplication(origin.toString(), clientId);
  mkdirSync(outDir, { recursive: true });
  const full = path.join(outDir, 'application.json');
  const scopes = path.join(outDir, 'application.scopes.json');
  writeFileSync(full, `${JSON.stringify(app, null, 2)}\n`);
  writeFileSync(scopes, `${JSON.stringify(withoutPreAuthorization(app), null, 2)}\n`);
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const byAppId = `"${GRAPH}/applications(appId='${clientId}')"`;
  return {
    files: [full, scopes],
    commands: [
      'az login --allow-no-subscriptions',
      `az rest --method PATCH --url ${byAppId} --headers Content-Type=application/json --body @${rel(scopes)}`,
      `az rest --method PATCH --url ${byAppId} --headers Content-Type=application/json --body @${rel(full)}`,
      // The enterprise application (service principal) in the home tenant; other tenants get theirs at admin consent.
      `az rest --method POST --url ${GRAPH}/servicePrincipals --headers Content-Type=application/json --body '{"appId":"${clientId}"}'`,
    ],
  };
}

function main(): void {
  try {
    const out = entraApp(process.env, path.join(root, 'dist', 'entra'));
    for (const f of out.files) console.log(`Skrev ${path.relative(process.cwd(), f)}`);
    console.log(out.files.length
      ? '\nOpret eller opdatér registreringen (Microsoft Graph via Azure CLI), i denne rækkefølge:'
      : '\nENTRA_CLIENT_ID er ikke sat. Opret registreringen, og kør så igen med dens klient-id:');
    for (const c of out.commands) console.log(`  ${c}`);
    if (out.files.length) {
      const host = publicOrigin(process.env.PUBLIC_BASE_URL).host;
      console.log('\nDerefter, for hver kommune (hver tenant), af en global administrator:');
      console.log(`  https://login.microsoftonline.com/<tenant-id>/adminconsent?client_id=${process.env.ENTRA_CLIENT_ID?.trim()}`);
      console.log('  og tildel rollerne under Enterprise applications → KL Kontrakt → Users and groups.');
      console.log(`Serveren: ENTRA_AUDIENCE=api://${host}/${process.env.ENTRA_CLIENT_ID?.trim()},${process.env.ENTRA_CLIENT_ID?.trim()} ENTRA_TENANT_IDS=<tenant-id,…>`);
    }
  } catch (e) {
    if (e instanceof EntraAppConfigurationError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

if (require.main === module) main();

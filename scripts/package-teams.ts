/**
 * `npm run package:teams`: packs the Teams app (manifest.json filled from TEAMS_APP_ID,
 * ENTRA_CLIENT_ID and PUBLIC_BASE_URL, the da-dk localisation, the icons from assets/teams) into
 * dist/kl-kontrakt-teams.zip, validating it before writing. Upload that zip in Teams admin centre.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { buildManifest, readPackageEnv, teamsAssetsDir, type PackageEnv } from '../manifest/teams/build';
import { packagePath, validatePackage } from '../manifest/teams/validate';

export function packTeamsApp(env: PackageEnv): Uint8Array {
  const { manifest, localizations } = buildManifest(env);
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    'manifest.json': enc.encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync(path.join(teamsAssetsDir, 'color.png')),
    'outline.png': readFileSync(path.join(teamsAssetsDir, 'outline.png')),
  };
  for (const [name, doc] of Object.entries(localizations)) files[name] = enc.encode(JSON.stringify(doc, null, 2));
  return zipSync(files, { level: 9 });
}

async function main(): Promise<void> {
  const env = readPackageEnv(process.env);
  const zip = packTeamsApp(env);
  const errors = await validatePackage(zip);
  if (errors.length) {
    console.error(`Teams-pakken er ugyldig:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(path.dirname(packagePath), { recursive: true });
  writeFileSync(packagePath, zip);
  console.log(`Skrev ${path.relative(process.cwd(), packagePath)} (${zip.length} bytes) til ${env.PUBLIC_BASE_URL}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

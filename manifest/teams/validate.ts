/**
 * Offline validation of the Teams app package (called by scripts/validate-manifest.ts): the manifest
 * built from the template (with the packing variables from the environment when set, else sample
 * values) and the da-dk localisation file against the JSON schemas bundled in @microsoft/app-manifest,
 * the icons against Teams' rules, and the packed zip in dist/ when it exists. No network.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { decodePng } from '../../assets/teams/png';
import { buildManifest, manifestSchemaVersion, packageEnvSchema, sampleEnv, teamsAssetsDir } from './build';

export const packagePath = path.resolve(__dirname, '..', '..', 'dist', 'kl-kontrakt-teams.zip');

function bundledSchema(file: string): Record<string, unknown> {
  const dir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(readFileSync(path.join(dir, 'build', 'json-schemas', 'teams', `v${manifestSchemaVersion}`, file), 'utf8')) as Record<string, unknown>;
}

async function schemaErrors(doc: unknown, file: string, label: string): Promise<string[]> {
  // The same ajv setup @microsoft/app-manifest uses (draft-04 + uri/email/regex formats), fed the
  // schema file it ships. (Its own validator needs fs-extra, which it does not declare.) No fetch.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(bundledSchema(file));
  if (check(doc)) return [];
  return (check.errors ?? []).map((e) => `${label}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Teams: colour icon 192×192; outline icon 32×32, white on a transparent background. */
export function iconErrors(color: Uint8Array, outline: Uint8Array): string[] {
  const errors: string[] = [];
  const c = decodePng(color);
  if (c.width !== 192 || c.height !== 192) errors.push(`color.png: skal være 192×192, er ${c.width}×${c.height}`);
  const o = decodePng(outline);
  if (o.width !== 32 || o.height !== 32) errors.push(`outline.png: skal være 32×32, er ${o.width}×${o.height}`);
  if (o.colorType !== 6) errors.push('outline.png: skal have gennemsigtig baggrund (RGBA)');
  let nonWhite = 0;
  let transparent = 0;
  for (let i = 0; i < o.data.length; i += 4) {
    const a = o.data[i + 3]!;
    if (a === 0) transparent++;
    else if (o.data[i] !== 255 || o.data[i + 1] !== 255 || o.data[i + 2] !== 255) nonWhite++;
  }
  if (nonWhite > 0) errors.push(`outline.png: ${nonWhite} pixels er ikke hvide`);
  if (transparent === 0) errors.push('outline.png: baggrunden er ikke gennemsigtig');
  return errors;
}

/** Cross-field rules the schema cannot express: every URL on a valid domain, SSO resource on the host. */
export function consistencyErrors(manifest: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const domains = (manifest.validDomains as string[] | undefined) ?? [];
  const urls: string[] = [];
  for (const t of (manifest.staticTabs as { contentUrl?: string }[] | undefined) ?? []) if (t.contentUrl) urls.push(t.contentUrl);
  for (const t of (manifest.configurableTabs as { configurationUrl: string }[] | undefined) ?? []) urls.push(t.configurationUrl);
  for (const u of urls) {
    const host = new URL(u).host;
    if (!domains.includes(host)) errors.push(`${u}: værten ${host} står ikke i validDomains`);
  }
  const web = manifest.webApplicationInfo as { id: string; resource: string } | undefined;
  if (!web) errors.push('webApplicationInfo mangler (SSO)');
  else if (!domains.some((d) => web.resource.startsWith(`api://${d}/`)) || !web.resource.endsWith(web.id)) {
    errors.push(`webApplicationInfo.resource ${web.resource} skal være api://<domæne>/<klient-id>`);
  }
  return errors;
}

export async function validateParts(manifest: Record<string, unknown>, localizations: Record<string, unknown>, icons: { color: Uint8Array; outline: Uint8Array }, label: string): Promise<string[]> {
  const errors = [...(await schemaErrors(manifest, 'MicrosoftTeams.schema.json', `${label}manifest.json`))];
  for (const [name, doc] of Object.entries(localizations)) errors.push(...(await schemaErrors(doc, 'MicrosoftTeams.Localization.schema.json', `${label}${name}`)));
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  for (const l of info?.additionalLanguages ?? []) if (!(l.file in localizations)) errors.push(`${label}${l.file} mangler`);
  errors.push(...consistencyErrors(manifest).map((e) => `${label}${e}`));
  errors.push(...iconErrors(icons.color, icons.outline).map((e) => `${label}${e}`));
  return errors;
}

/** Validates a packed zip (manifest.json, localisation files and icons at its root). */
export async function validatePackage(zip: Uint8Array): Promise<string[]> {
  const files = unzipSync(zip);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  for (const required of ['manifest.json', 'color.png', 'outline.png']) if (!files[required]) return [`pakke: ${required} mangler`];
  const manifest = JSON.parse(text('manifest.json')) as Record<string, unknown>;
  const localizations: Record<string, unknown> = {};
  for (const name of Object.keys(files)) if (name !== 'manifest.json' && name.endsWith('.json')) localizations[name] = JSON.parse(text(name));
  return validateParts(manifest, localizations, { color: files['color.png']!, outline: files['outline.png']! }, 'pakke: ');
}

export async function validate(): Promise<string[]> {
  const fromEnv = packageEnvSchema.safeParse(process.env);
  const built = buildManifest(fromEnv.success ? fromEnv.data : sampleEnv);
  const errors = await validateParts(built.manifest, built.localizations, {
    color: readFileSync(path.join(teamsAssetsDir, 'color.png')),
    outline: readFileSync(path.join(teamsAssetsDir, 'outline.png')),
  }, '');
  if (existsSync(packagePath)) errors.push(...(await validatePackage(readFileSync(packagePath))));
  return errors;
}

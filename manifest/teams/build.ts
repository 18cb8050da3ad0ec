/**
 * Builds the Teams app manifest from manifest.template.json: the placeholders are filled from the
 * environment (TEAMS_APP_ID, ENTRA_CLIENT_ID, BOT_APP_ID, PUBLIC_BASE_URL), validated with zod once, so a wrong
 * value stops packing with a message naming the variable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const manifestDir = __dirname;
export const teamsAssetsDir = path.resolve(__dirname, '..', '..', 'assets', 'teams');
/** The schema version the template is written against; validate.ts loads the matching bundled schema. */
export const manifestSchemaVersion = '1.22';

const guid = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'skal være et GUID');

export const packageEnvSchema = z.object({
  TEAMS_APP_ID: guid,
  ENTRA_CLIENT_ID: guid,
  /** The bot's Entra app (its Azure Bot registration); absent = the same app as the tab's SSO. */
  BOT_APP_ID: guid.optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https$/, error: 'skal være en https-adresse' }).transform((u) => u.replace(/\/+$/, '')),
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/).default('1.0.0'),
});
export type PackageEnv = z.infer<typeof packageEnvSchema>;

/** Values used by `validate:manifest` when the environment does not name a tenant (offline check only). */
export const sampleEnv: PackageEnv = {
  TEAMS_APP_ID: '6b0c8f0e-3a52-4c1e-9f0d-6a1f6f9c2b11',
  ENTRA_CLIENT_ID: '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54',
  PUBLIC_BASE_URL: 'https://kl-kontrakt.example.dk',
  APP_VERSION: '1.0.0',
};

export class PackageConfigError extends Error {
  readonly code = 'teams.package.config';
}

/** Parses the packing variables; every problem names its variable. */
export function readPackageEnv(env: NodeJS.ProcessEnv): PackageEnv {
  const parsed = packageEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PackageConfigError(`Ugyldig konfiguration til Teams-pakken:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

export interface BuiltManifest {
  manifest: Record<string, unknown>;
  /** Localisation files by their name in the package. */
  localizations: Record<string, Record<string, unknown>>;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new PackageConfigError(`Ukendt pladsholder {{${key}}} i Teams-manifestet`);
    // Values land inside JSON strings; escape them as JSON would.
    return JSON.stringify(v).slice(1, -1);
  });
}

export function buildManifest(env: PackageEnv): BuiltManifest {
  const values = {
    TEAMS_APP_ID: env.TEAMS_APP_ID,
    ENTRA_CLIENT_ID: env.ENTRA_CLIENT_ID,
    BOT_APP_ID: env.BOT_APP_ID ?? env.ENTRA_CLIENT_ID,
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL,
    PUBLIC_HOST: new URL(env.PUBLIC_BASE_URL).host,
    APP_VERSION: env.APP_VERSION,
  };
  const manifest = JSON.parse(fill(readFileSync(path.join(manifestDir, 'manifest.template.json'), 'utf8'), values)) as Record<string, unknown>;
  const localizations = { 'da-dk.json': JSON.parse(readFileSync(path.join(manifestDir, 'da-dk.json'), 'utf8')) as Record<string, unknown> };
  return { manifest, localizations };
}

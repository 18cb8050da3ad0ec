/**
 * Renders the Word add-in manifest from manifest.template.xml (see render-core.cjs, shared with the
 * webpack build) for PUBLIC_BASE_URL and, when set, ENTRA_CLIENT_ID (Office single sign-on).
 */
import path from 'node:path';
import core from './render-core.cjs';

export const DEFAULT_PUBLIC_BASE_URL = core.DEFAULT_PUBLIC_BASE_URL;
export const TEMPLATE_PATH = core.TEMPLATE_PATH;
export const MANIFEST_PATH = path.join(__dirname, 'manifest.xml');
export const ManifestConfigurationError = core.ManifestConfigurationError;
export const normaliseBaseUrl = core.normaliseBaseUrl;

export function renderManifest(
  baseUrl: string | undefined = process.env.PUBLIC_BASE_URL,
  clientId: string | undefined = process.env.ENTRA_CLIENT_ID,
): string {
  return core.renderManifest(baseUrl, clientId);
}

// Renders manifest.template.xml for a public base URL and, optionally, an Entra ID client id for
// Office single sign-on. Plain CommonJS so that both manifest/word/render.ts (TypeScript: the
// generator script, the validator, tests) and webpack/addin.cjs use this one implementation.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_PUBLIC_BASE_URL = 'https://localhost:3000';
const TEMPLATE_PATH = path.join(__dirname, 'manifest.template.xml');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class ManifestConfigurationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ManifestConfigurationError';
    this.code = 'manifest.configuration';
  }
}

/** Office requires https for every URL in a manifest; a trailing slash would double up in paths. */
function normaliseBaseUrl(raw) {
  const value = (raw || '').trim() || DEFAULT_PUBLIC_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ManifestConfigurationError(`PUBLIC_BASE_URL er ikke en gyldig URL: "${value}"`);
  }
  if (url.protocol !== 'https:') {
    throw new ManifestConfigurationError(`PUBLIC_BASE_URL skal bruge https (Office kræver det): "${value}"`);
  }
  return url.toString().replace(/\/+$/, '');
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The manifest for `baseUrl`. With `clientId` (ENTRA_CLIENT_ID) the SSO block (VersionOverrides 1.1
 * with WebApplicationInfo, resource api://<host>/<client id>) is kept, so Office.auth.getAccessToken
 * can get a token for the server; without it the block is left out and the pane calls the API
 * without a token (the server's dev mode).
 */
function renderManifest(baseUrl, clientId) {
  const base = normaliseBaseUrl(baseUrl);
  const id = (clientId || '').trim();
  if (id && !GUID.test(id)) throw new ManifestConfigurationError(`ENTRA_CLIENT_ID skal være et GUID: "${id}"`);
  let xml = fs.readFileSync(TEMPLATE_PATH, 'utf8');
  xml = id ? xml.replace(/[ \t]*<!--SSO-BEGIN-->\r?\n|[ \t]*<!--SSO-END-->\r?\n/g, '') : xml.replace(/[ \t]*<!--SSO-BEGIN-->[\s\S]*?<!--SSO-END-->\r?\n/g, '');
  return xml
    .replace(/\{\{BASE_URL\}\}/g, escapeXml(base))
    .replace(/\{\{HOST\}\}/g, escapeXml(new URL(base).host))
    .replace(/\{\{ENTRA_CLIENT_ID\}\}/g, escapeXml(id));
}

module.exports = { DEFAULT_PUBLIC_BASE_URL, TEMPLATE_PATH, ManifestConfigurationError, normaliseBaseUrl, renderManifest };

/**
 * Validates the Word add-in manifest offline against Microsoft's add-in XSDs, read in place from
 * ../shared/schemas/office-addin (override: OFFICE_ADDIN_SCHEMAS). Run by `npm run validate:manifest`.
 * Validates both the checked-in manifest.xml and a fresh rendering for the configured
 * PUBLIC_BASE_URL, so a stale manifest.xml or a bad base URL is caught too; and, after `npm run build`,
 * the built dist/addin/manifest.xml, the file an administrator uploads.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { MANIFEST_PATH, renderManifest } from './render';

const repoRoot = path.resolve(__dirname, '..', '..');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
export const BUILT_MANIFEST = path.join(repoRoot, 'dist', 'addin', 'manifest.xml');

export function schemaDir(): string {
  return process.env.OFFICE_ADDIN_SCHEMAS ?? path.resolve(repoRoot, '..', 'shared', 'schemas', 'office-addin');
}

/**
 * Validates one manifest document; returns readable errors (empty when valid). All XSDs are passed
 * as preload files because the main schema imports the VersionOverrides and basic-types schemas.
 */
export async function validateManifestXml(xml: string, fileName = 'manifest.xml'): Promise<string[]> {
  const dir = schemaDir();
  let xsdFiles: string[];
  try {
    xsdFiles = readdirSync(dir).filter((f) => f.endsWith('.xsd'));
  } catch {
    return [`Skemamappen findes ikke: ${dir} (sæt OFFICE_ADDIN_SCHEMAS)`];
  }
  if (!xsdFiles.includes(MAIN_SCHEMA)) return [`${MAIN_SCHEMA} mangler i ${dir}`];
  const read = (f: string) => ({ fileName: f, contents: readFileSync(path.join(dir, f), 'utf8') });
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: read(MAIN_SCHEMA),
    preload: xsdFiles.filter((f) => f !== MAIN_SCHEMA).map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage || e.message);
}

export async function validate(): Promise<string[]> {
  const problems: string[] = [];
  let checkedIn: string;
  try {
    checkedIn = readFileSync(MANIFEST_PATH, 'utf8');
  } catch {
    return [`${MANIFEST_PATH} mangler: kør npx tsx manifest/word/build-manifest.ts`];
  }
  problems.push(...(await validateManifestXml(checkedIn, 'manifest.xml')));
  try {
    problems.push(...(await validateManifestXml(renderManifest(), 'manifest.rendered.xml')));
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  if (existsSync(BUILT_MANIFEST)) problems.push(...(await validateManifestXml(readFileSync(BUILT_MANIFEST, 'utf8'), 'dist/addin/manifest.xml')));
  return problems;
}

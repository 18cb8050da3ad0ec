/**
 * Writes manifest/word/manifest.xml from the template for PUBLIC_BASE_URL (default
 * https://localhost:3000): `npx tsx manifest/word/build-manifest.ts`.
 */
import { writeFileSync } from 'node:fs';
import { MANIFEST_PATH, renderManifest } from './render';

writeFileSync(MANIFEST_PATH, renderManifest());
console.log(`Skrev ${MANIFEST_PATH}`);

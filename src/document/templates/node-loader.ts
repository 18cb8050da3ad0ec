/**
 * Node loader for the template registry: reads the catalogue's documents from assets/templates
 * (or another folder). The browser builds the registry with TemplateRegistry.fromSources instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { useRawInflate } from '../ooxml/zip-reader';
import { TEMPLATE_CATALOGUE } from './catalogue';
import { TemplateRegistry } from './registry';

// In Node, inflate with zlib: native speed, and maxOutputLength stops a zip bomb without
// allocating past the cap (the browser keeps fflate's capped streaming path).
useRawInflate((data, maxOutput) => {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'limit';
    throw e;
  }
});

/**
 * The package's assets/templates, found from this module's folder upwards: the same answer when it runs
 * from src/ (tsx, jest) and when it is bundled into dist/cli/ (npm run build:cli), whose depth differs.
 */
function findTemplateDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'assets', 'templates');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..', '..', 'assets', 'templates');
  }
}

export const DEFAULT_TEMPLATE_DIR = findTemplateDir(__dirname);

let cached: TemplateRegistry | undefined;

export function loadTemplateRegistry(dir: string = DEFAULT_TEMPLATE_DIR): TemplateRegistry {
  if (dir === DEFAULT_TEMPLATE_DIR && cached) return cached;
  const registry = TemplateRegistry.fromSources(
    TEMPLATE_CATALOGUE.map((t) => ({ definition: t.definition, docx: new Uint8Array(readFileSync(path.join(dir, t.file))) })),
  );
  if (dir === DEFAULT_TEMPLATE_DIR) cached = registry;
  return registry;
}

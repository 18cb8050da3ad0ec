/**
 * One fresh PGlite cluster image for the whole test run (see useFreshClusterImage in
 * src/server/db/connect.ts): jest's global setup makes it once per PGlite version, and every test
 * file's in-memory databases load it instead of running initdb (0.5 s instead of 2.5–3.5 s each).
 * The image is an unused cluster, so migrations still run from nothing in every test database.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

function pgliteVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Where this PGlite version's image lives (the npm cache folder, like the test bundles). */
export const imagePath = (): string => path.join(root, 'node_modules', '.cache', 'kl-pglite', `fresh-cluster-${pgliteVersion()}.tar`);

/** Jest globalSetup: makes the image unless this PGlite version's is there. */
export async function makeFreshClusterImage(): Promise<void> {
  const file = imagePath();
  if (existsSync(file)) return;
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create();
  try {
    const image = await pg.dumpDataDir('none');
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed: a run cut off mid-write leaves no half image behind.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
    renameSync(tmp, file);
  } finally {
    await pg.close();
  }
}

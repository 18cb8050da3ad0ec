/**
 * Jest setupFiles: runs in each test file's module registry before its tests, so the modules the
 * tests import see it. In-memory PGlite databases load the run's fresh cluster image (read once per
 * file, only by a file that opens one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { useFreshClusterImage } from '../../src/server/db/connect';
import { imagePath } from './pglite-image';

let image: Blob | undefined;
useFreshClusterImage(() => {
  if (!image) {
    const file = imagePath();
    if (existsSync(file)) image = new Blob([readFileSync(file)]);
  }
  return image;
});

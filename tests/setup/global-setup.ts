/** Jest globalSetup: what the whole run shares, made once before the first test file. */
import { makeFreshClusterImage } from './pglite-image';

export default async function globalSetup(): Promise<void> {
  await makeFreshClusterImage();
}

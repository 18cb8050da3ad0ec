import { readFileSync } from 'node:fs';
import type { Config } from '../config';
import { AppError } from '../errors';

export class HttpsFilesUnreadable extends AppError {
  constructor(variable: string, file: string) {
    super('config.https', `${variable}=${file}: filen kan ikke læses. Peg på en PEM-fil (fx fra \`npx office-addin-dev-certs install\`).`);
  }
}

/** The key and certificate Fastify's `https` option takes, read once at start; a missing file is the operator's to fix. */
export function httpsOptions(config: Config): { key: Buffer; cert: Buffer } | null {
  if (!config.https) return null;
  const read = (variable: string, file: string) => {
    try {
      return readFileSync(file);
    } catch {
      throw new HttpsFilesUnreadable(variable, file);
    }
  };
  return { key: read('HTTPS_KEY_FILE', config.https.keyFile), cert: read('HTTPS_CERT_FILE', config.https.certFile) };
}

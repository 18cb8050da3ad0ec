import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/**
 * A start-up failure the operator must fix in the environment: the message names the variable and the folder,
 * and main.ts prints it without a stack trace (an IT department reads it, not a developer).
 */
export class DataDirUnusable extends AppError {
  constructor(dir: string, reason: string) {
    super('config.data-dir', `DATA_DIR=${dir}: mappen kan ikke bruges til databasen (${reason}). Peg DATA_DIR på en mappe, serveren må skrive i.`);
  }
}

export class DataDirCorrupt extends AppError {
  constructor(dir: string) {
    super('config.data-dir-corrupt',
      `DATA_DIR=${dir}: databasen i mappen er beskadiget eller fra en anden version og kan ikke åbnes. ` +
      'Flyt mappen væk (og gendan fra backup) eller peg DATA_DIR på en ny, tom mappe.');
  }
}

const reasonOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES': case 'EPERM': return 'ingen skriveadgang';
    case 'ENOTDIR': case 'EEXIST': return 'en del af stien er en fil, ikke en mappe';
    case 'EROFS': return 'filsystemet er skrivebeskyttet';
    case 'ENOSPC': return 'disken er fuld';
    default: return code ? `fejl ${code}` : 'ukendt fejl';
  }
};

/** Creates `<dataDir>/pglite` if needed and proves the server may write there, before PGlite touches it. */
export function preparePgliteDir(dataDir: string): string {
  const dir = path.resolve(dataDir, 'pglite');
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new DataDirUnusable(dataDir, reasonOf(e));
  }
  return dir;
}

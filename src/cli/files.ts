/** Finds the Word files to check: explicit files as given, folders searched recursively. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { WORD_EXTENSIONS } from '../document/word-extensions';

export { WORD_EXTENSIONS };

export class MissingPath extends Error {
  readonly code = 'cli.missing-path';
}

/** Files under the given paths, sorted within each folder; symbolic links to folders are not followed. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable folder has no files for us
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if ((e.isFile() || e.isSymbolicLink()) && WORD_EXTENSIONS.test(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new MissingPath(`Stien findes ikke: ${p}`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

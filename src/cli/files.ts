/**
 * Finds the Word files to check: explicit files as given, folders searched recursively. A folder
 * that cannot be read becomes an entry of its own (it gets a finding), never silence.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import { WORD_EXTENSIONS } from '../document/word-extensions';

export { WORD_EXTENSIONS };

export class MissingPath extends Error {
  readonly code = 'cli.missing-path';
}

/**
 * One item of a batch, in the order it is reported. `root` is the real path of the folder a file was
 * found in (links are then followed only inside it); null for a file named on the command line.
 */
export type BatchEntry =
  | { kind: 'file'; path: string; root: string | null }
  | { kind: 'unreadable-folder'; path: string; reason: string };

const folderReason = (e: unknown): string => {
  const code = (e as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'Mappen kan ikke læses (ingen adgang); filerne i den er ikke tjekket.';
  return 'Mappen kunne ikke læses; filerne i den er ikke tjekket.';
};

/**
 * Files under the given paths, sorted within each folder. Links to folders are not followed (a link
 * loop cannot hold the walk); any other entry with a Word extension is listed — a link, a pipe or a
 * device named .docx is then refused with its reason when it is read (read-regular-file.ts).
 */
export function collectEntries(paths: string[]): BatchEntry[] {
  const out: BatchEntry[] = [];
  const walk = (dir: string, root: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.push({ kind: 'unreadable-folder', path: dir, reason: folderReason(e) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, root);
      else if (WORD_EXTENSIONS.test(e.name)) out.push({ kind: 'file', path: full, root });
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new MissingPath(`Stien findes ikke: ${p}`);
    }
    if (st.isDirectory()) walk(p, realpathSync.native(p));
    else out.push({ kind: 'file', path: p, root: null });
  }
  return out;
}

/** The file paths alone (for callers that do not report folders). */
export function collectFiles(paths: string[]): string[] {
  return collectEntries(paths).flatMap((e) => (e.kind === 'file' ? [e.path] : []));
}

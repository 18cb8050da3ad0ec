/**
 * Reads a file for kl-check the careful way: only a regular file, only up to the size limit, and a
 * symbolic link found in a folder only when it leads to a regular file inside that folder.
 *
 * Why not readFileSync: it opens named pipes (and blocks until a writer comes), reads /dev/zero
 * until memory runs out, and follows a link in a shared folder to /etc or another user's files.
 * Here the path is stat'ed first (so that a device is never opened, and opening has no side
 * effects), then opened non-blocking and fstat'ed again: the descriptor must be the same regular
 * file, so a swap between the two checks is caught. Reads stop at size + 1 bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

export type FileRefusalCode =
  | 'file.missing'
  | 'file.no-access'
  | 'file.is-directory'
  | 'file.not-regular'
  | 'file.outside-tree'
  | 'file.too-large'
  | 'file.changed'
  | 'file.io';

/** A file kl-check will not read, with a stable code; the Danish reason comes from refusalMessage. */
export class FileRefused extends Error {
  constructor(readonly code: FileRefusalCode, readonly detail = '') {
    super(code);
  }
}

const kindOf = (st: Stats): string =>
  st.isFIFO() ? 'en navngiven pipe (FIFO)'
    : st.isCharacterDevice() ? 'en tegnenhed (fx /dev/zero)'
      : st.isBlockDevice() ? 'en blokenhed (et drev)'
        : st.isSocket() ? 'en socket'
          : 'ikke en almindelig fil';

const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

/** The one place the refusals become Danish (the message of a file.unreadable finding). */
export function refusalMessage(e: FileRefused): string {
  switch (e.code) {
    case 'file.missing': return 'Filen findes ikke (eller genvejen peger på en fil, der ikke findes).';
    case 'file.no-access': return 'Filen kan ikke åbnes (ingen adgang).';
    case 'file.is-directory': return 'Stien er en mappe, ikke en fil.';
    case 'file.not-regular': return `Stien er ${e.detail}, ikke et Word-dokument; den læses ikke.`;
    case 'file.outside-tree': return 'Filen er en genvej, der peger uden for den mappe, der tjekkes; den følges ikke.';
    case 'file.too-large': return `Filen er større end grænsen på ${e.detail}.`;
    case 'file.changed': return 'Filen blev ændret, mens den blev læst; tjek den igen.';
    case 'file.io': return 'Filen kunne ikke læses.';
  }
}

const fromErrno = (e: unknown): FileRefused => {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileRefused('file.missing');
  if (code === 'EACCES' || code === 'EPERM') return new FileRefused('file.no-access');
  if (code === 'EISDIR') return new FileRefused('file.is-directory');
  // ENXIO: a Unix socket cannot be opened; ELOOP: the checked path became a link (O_NOFOLLOW).
  if (code === 'ENXIO') return new FileRefused('file.not-regular', 'en socket');
  if (code === 'ELOOP') return new FileRefused('file.changed');
  return new FileRefused('file.io');
};

export const isInside = (real: string, root: string): boolean => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

export interface ReadOptions {
  /** Real path of the folder the file was found in; null for a file named on the command line. */
  root: string | null;
  maxBytes: number;
}

/** The file's bytes, or a FileRefused. */
export function readRegularFile(file: string, opts: ReadOptions): Uint8Array {
  let target = file;
  let st: Stats;
  try {
    if (opts.root !== null) {
      // Found in a folder: resolve every link, and read only what lies inside that folder.
      target = realpathSync.native(file); // one realpath(3) call, not an lstat per path segment
      if (!isInside(target, opts.root)) throw new FileRefused('file.outside-tree');
    }
    st = statSync(target);
  } catch (e) {
    throw e instanceof FileRefused ? e : fromErrno(e);
  }
  if (st.isDirectory()) throw new FileRefused('file.is-directory');
  if (!st.isFile()) throw new FileRefused('file.not-regular', kindOf(st));
  if (st.size > opts.maxBytes) throw new FileRefused('file.too-large', mb(opts.maxBytes));

  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a pipe since the stat, open must not wait for a writer.
    // O_NOFOLLOW (for a resolved path): it must not have become a link either. Both are 0 on Windows.
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (opts.root !== null ? (constants.O_NOFOLLOW ?? 0) : 0);
    fd = openSync(target, flags);
  } catch (e) {
    throw fromErrno(e);
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) throw new FileRefused('file.not-regular', kindOf(fst));
    if (fst.ino !== st.ino || fst.dev !== st.dev) throw new FileRefused('file.changed');
    if (fst.size > opts.maxBytes) throw new FileRefused('file.too-large', mb(opts.maxBytes));
    // One byte more than the size: a file that grows while it is read is noticed, never read on and on.
    const buf = Buffer.allocUnsafe(fst.size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > fst.size) throw new FileRefused('file.changed');
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, total);
  } catch (e) {
    throw e instanceof FileRefused ? e : fromErrno(e);
  } finally {
    closeSync(fd);
  }
}

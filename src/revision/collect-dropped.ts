/**
 * Files from a drop: a dropped folder arrives as a directory entry (File and Directory Entries API,
 * webkitGetAsEntry — supported by Chromium, Edge, Firefox and Safari), read recursively. Only Word
 * files are kept, as kl-check does in a folder.
 */
import { WORD_EXTENSIONS } from '../document/word-extensions';


async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  // readEntries returns at most 100 entries per call in Chromium: call until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, err) => reader.readEntries(ok, err));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    if (!WORD_EXTENSIONS.test(entry.name)) return;
    const file = await new Promise<File>((ok, err) => (entry as FileSystemFileEntry).file(ok, err));
    // Keep the folder path for display, as the directory picker does (webkitRelativePath).
    out.push(new File([file], entry.fullPath.replace(/^\//, ''), { type: file.type, lastModified: file.lastModified }));
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .map((i) => i.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...dt.files].filter((f) => WORD_EXTENSIONS.test(f.name));
  const out: File[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}

export const wordFilesOnly = (files: Iterable<File>): File[] => [...files].filter((f) => WORD_EXTENSIONS.test(f.name));

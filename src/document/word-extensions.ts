/** The Word files kl-check and the Revision page look at in a folder (any case). */
export const WORD_EXTENSIONS = /\.(docx|docm|dotx|dotm)$/i;

/**
 * The order kl-check walks a folder in — depth first, each folder's entries sorted by name — as a
 * comparison of relative paths ("a/b.docx"), so that a browser's file list (in no defined order) is
 * checked in the same order and contracts pair with the same orders as on the command line.
 */
export function compareFolderOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = (pa[i] ?? '').localeCompare(pb[i] ?? '');
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

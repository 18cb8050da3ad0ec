/**
 * Removing an instance of a repeat block from a form that mirrors the document. The form's instance
 * i is the document's i-th instance among those not removed yet, so the first removal of form
 * instance 1 names document instance 1, and after it a removal of form instance 1 names document
 * instance 2. The filler takes the collected numbers (ContractFillInput.removeInstances) out of the
 * document; form instances beyond the document's are simply never written.
 */

/** The document instance number behind form instance `formIndex`, given those already removed. */
export function documentInstanceOf(removed: readonly number[], formIndex: number): number {
  const gone = [...new Set(removed)].sort((a, b) => a - b);
  let doc = formIndex;
  for (const r of gone) if (r <= doc) doc++;
  return doc;
}

/** The removals after the form also removes its instance `formIndex` (sorted, without repeats). */
export function removeFormInstance(removed: readonly number[], formIndex: number): number[] {
  return [...new Set([...removed, documentInstanceOf(removed, formIndex)])].sort((a, b) => a - b);
}

/**
 * Which of a block's `count` instances stay, in order, after `remove`: numbers out of range are
 * ignored, and the first instance stays when every one was named (a block is never empty).
 */
export function survivingInstances(count: number, remove: readonly number[] | undefined): number[] {
  const gone = new Set((remove ?? []).filter((n) => Number.isInteger(n) && n >= 0 && n < count));
  if (gone.size >= count) gone.delete(0);
  return Array.from({ length: count }, (_, i) => i).filter((i) => !gone.has(i));
}

import type { ExtractedContract } from '../contract/extracted-contract';

/**
 * Reading an order (an ExtractedContract of the order template): texts, choices and how many
 * instances each repeat block has.
 */

/** The trimmed text of a field ('' when empty, placeholder or absent). */
export const textOf = (order: ExtractedContract, id: string): string => order.values[id]?.text?.trim() ?? '';

/** Distinct checked options of a group ([] when none or not found). */
export const checkedOf = (order: ExtractedContract, groupId: string): string[] => [...new Set(order.choices[groupId]?.checked ?? [])];

/** The one checked option, or null when none or several. */
export const chosenOf = (order: ExtractedContract, groupId: string): string | null => {
  const checked = checkedOf(order, groupId);
  return checked.length === 1 ? (checked[0] ?? null) : null;
};

/**
 * Instances of a repeat block: the reader's count (repeatCounts; serviceCount for 'services'),
 * else one more than the highest index among the keys, and at least one, so that a block missing
 * altogether shows as missing fields.
 */
export const blockCount = (order: ExtractedContract, blockId: string): number => {
  const prefix = `${blockId}[`;
  let highest = -1;
  for (const key of [...Object.keys(order.values), ...Object.keys(order.choices)]) {
    if (!key.startsWith(prefix)) continue;
    const index = Number.parseInt(key.slice(prefix.length), 10);
    if (Number.isInteger(index)) highest = Math.max(highest, index);
  }
  const declared = order.repeatCounts?.[blockId] ?? (blockId === 'services' ? order.serviceCount : 0);
  return Math.max(1, declared, highest + 1);
};

/** 'goals[].description' → 'goals[2].description'. */
export const instanceId = (definitionId: string, index: number): string => definitionId.replace('[]', `[${index}]`);

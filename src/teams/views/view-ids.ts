/** The tab's views; the ids are the manifest's entity ids and the ?view= parameter. */
export const VIEWS = [
  { id: 'leverandorliste', label: 'Leverandørliste' },
  { id: 'find-plads', label: 'Find plads' },
  { id: 'takster', label: 'Takstovervågning' },
  { id: 'gennemgang', label: 'Gennemgang' },
  { id: 'administration', label: 'Administration' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

export function isViewId(v: string | null | undefined): v is ViewId {
  return VIEWS.some((x) => x.id === v);
}

/** A deep link's sub-entity: a flag id, optionally written "flag:<id>". */
export function flagIdFromSubEntity(sub: string | null | undefined): string | null {
  if (!sub) return null;
  return sub.startsWith('flag:') ? sub.slice(5) : sub;
}

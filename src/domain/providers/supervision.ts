import type { OperatingForm, SupervisionColour } from './offer';

export interface SupervisionMapping {
  /** The authority for the region, e.g. Socialtilsyn Øst. */
  default: string;
  /** Offers run by these municipalities themselves are supervised by another authority. */
  byOperatorMunicipality: Record<string, string>;
}

/** Which socialtilsyn supervises an offer: its own municipality's offers go elsewhere when configured. */
export function supervisoryAuthority(
  offer: { operatingForm: OperatingForm; municipality: string },
  mapping: SupervisionMapping,
): string {
  if (offer.operatingForm === 'municipal') {
    const other = mapping.byOperatorMunicipality[offer.municipality];
    if (other) return other;
  }
  return mapping.default;
}

export interface SupervisionStatus {
  colour: SupervisionColour | null;
  /** Danish explanation of the risk model's colour. */
  label: string;
  date: string | null;
  /** Red: sanctions or notice of them; yellow: under investigation. Buyers should look closer. */
  needsAttention: boolean;
  authority: string;
}

const LABELS: Record<SupervisionColour, string> = {
  grøn: 'Grøn: ingen bemærkninger i risikomodellen',
  gul: 'Gul: under undersøgelse',
  rød: 'Rød: sanktioner eller varsel om sanktioner',
};

export function supervisionStatus(
  offer: { operatingForm: OperatingForm; municipality: string; supervisionColour: SupervisionColour | null; supervisionDate: string | null },
  mapping: SupervisionMapping,
): SupervisionStatus {
  const colour = offer.supervisionColour;
  return {
    colour,
    label: colour ? LABELS[colour] : 'Ingen tilsynsstatus registreret',
    date: offer.supervisionDate,
    needsAttention: colour === 'gul' || colour === 'rød',
    authority: supervisoryAuthority(offer, mapping),
  };
}

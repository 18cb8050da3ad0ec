/** The badges every face shows (supervision, category, flag state): one vocabulary, one look. */
import { Badge, makeStyles } from '@fluentui/react-components';
import type { FlagState } from '../domain/flags/flag-state';
import type { SupervisionColour } from '../domain/providers/offer';
import { categoryLabel, flagStateLabel, SUPERVISION_LABELS } from './format';

// A badge's pill has a fixed height: its text must stay on one line or it spills out of the pill.
const useStyles = makeStyles({ pill: { whiteSpace: 'nowrap', flexShrink: 0 } });

/** Supervision colour as a badge with its word (colour is never the only signal). */
export function SupervisionBadge({ colour }: { colour: SupervisionColour | null }) {
  const styles = useStyles();
  if (!colour) return <Badge className={styles.pill} appearance="outline" color="informative">Ukendt</Badge>;
  const color = colour === 'grøn' ? 'success' : colour === 'gul' ? 'warning' : 'danger';
  return <Badge className={styles.pill} appearance="filled" color={color}>{SUPERVISION_LABELS[colour]}</Badge>;
}

export function CategoryBadge({ category }: { category: string | null }) {
  const styles = useStyles();
  const color = category === 'korrekt' ? 'success' : category === 'fejl-med-oekonomisk-risiko' || category === 'ikke-laesbar' || category === 'ukendt-skabelon' ? 'danger' : category ? 'warning' : 'informative';
  return <Badge className={styles.pill} appearance="tint" color={color}>{categoryLabel(category)}</Badge>;
}

export function FlagStateBadge({ state }: { state: FlagState }) {
  const styles = useStyles();
  // Tint: the outline variants of warning/success are too faint on the light theme (WCAG contrast).
  const color = state === 'ny' ? 'brand' : state === 'under-gennemgang' ? 'warning' : state === 'afsluttet' ? 'success' : 'informative';
  return <Badge className={styles.pill} appearance="tint" color={color}>{flagStateLabel(state)}</Badge>;
}

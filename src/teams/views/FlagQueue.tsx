import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FlagSummary } from '../../ui/api/types';
import { formatAge, formatDateTime } from '../../ui/format';
import { CategoryBadge, FlagStateBadge } from '../components/Badges';

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 } as const;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', rowGap: tokens.spacingVerticalXXS, columnGap: tokens.spacingHorizontalS,
    width: '100%', textAlign: 'start', cursor: 'pointer', color: tokens.colorNeutralForeground1, font: 'inherit',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, color: tokens.colorNeutralForeground1Selected, border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandStroke}`, ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected } },
  title: { ...oneLine, fontWeight: tokens.fontWeightSemibold },
  age: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  // Wraps between badges (never inside one) when the row is narrow, as at 350 px.
  second: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', minWidth: 0 },
  meta: { ...oneLine, maxWidth: '100%', color: tokens.colorNeutralForeground2 },
});

/**
 * The review queue as a list that reads at a glance: one line of title (ellipsis; the whole title on
 * hover) with its age, then the state and category badges and who sent it from where.
 */
export function FlagQueue({ items, selectedId, onSelect }: { items: FlagSummary[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Flag til gennemgang" data-testid="flag-queue">
      {items.map((f) => {
        const meta = [f.municipality, f.requester.name].filter(Boolean).join(' · ');
        return (
          <li key={f.id}>
            <button type="button" className={mergeClasses(styles.item, f.id === selectedId && styles.selected)} aria-current={f.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(f.id)} data-flag-id={f.id} title={f.title}>
              <span className={styles.title} data-testid="flag-title">{f.title}</span>
              <Text size={200} className={styles.age} title={formatDateTime(f.createdAt)}>{formatAge(f.createdAt)}</Text>
              <span className={styles.second}>
                <FlagStateBadge state={f.state} />
                <CategoryBadge category={f.category} />
                <Text size={200} className={styles.meta}>{meta}</Text>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

import { Link, Skeleton, SkeletonItem, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: '3fr 2fr 1fr 1fr 1fr 1fr', gap: tokens.spacingHorizontalL },
  empty: { display: 'block', paddingBlock: tokens.spacingVerticalXXL, textAlign: 'center' },
});

/** Grey rows where the first page of offers will appear (shown only before any row has arrived). */
export function GridSkeleton({ rows = 8 }: { rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton className={styles.skeleton} aria-label="Henter tilbud" data-testid="grid-skeleton">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>{Array.from({ length: 6 }, (_, j) => <SkeletonItem key={j} size={16} />)}</div>
      ))}
    </Skeleton>
  );
}

/** No rows: with filters set, the way out is one click away. */
export function GridEmpty({ filtered, onReset }: { filtered: boolean; onReset: () => void }) {
  const styles = useStyles();
  return (
    <Text className={styles.empty} data-testid="grid-empty">
      {filtered ? <>Ingen tilbud matcher — <Link as="button" onClick={onReset}>nulstil filtre</Link></> : 'Der er ingen tilbud på listen endnu.'}
    </Text>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DataGridCell, DataGridRow, type RowRenderer } from '@fluentui-contrib/react-data-grid-react-window';
import { createContext, memo, useContext } from 'react';
import type { OfferSummary } from '../../ui/api/types';

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  // With its own foreground: in high contrast the selected background is bright cyan and needs black text.
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, color: tokens.colorNeutralForeground1Selected },
});

/** The open offer and how to open one, read by each row (so a new selection does not build a new row renderer). */
export const RowSelection = createContext<{ selected: string | null; select: (id: string) => void }>({ selected: null, select: () => undefined });

/**
 * One grid row, memoised on its offer and react-window's (cached) style: a page arriving or the loading
 * state changing re-renders the grid but none of the rows already on screen.
 */
const OfferRow = memo(function OfferRow({ item, style }: { item: OfferSummary; style: React.CSSProperties }) {
  const styles = useStyles();
  const { selected, select } = useContext(RowSelection);
  return (
    <DataGridRow<OfferSummary>
      style={style}
      className={mergeClasses(styles.row, item.id === selected && styles.selected)}
      aria-label={item.name}
      aria-selected={item.id === selected}
      onClick={() => select(item.id)}
      data-offer-id={item.id}
    >
      {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
    </DataGridRow>
  );
});

/**
 * The body's row renderer. It must keep its identity: the react-window body makes it part of its row
 * component, and a new function there is a new component type, so React would unmount and rebuild every
 * row on screen at each render of the list (what made a sort or a filter slow). No key by offer id either:
 * react-window keys rows by index, so after a sort the rows on screen are updated in place, not rebuilt.
 */
export const renderOfferRow: RowRenderer<OfferSummary> = ({ item }, style) => <OfferRow item={item} style={style} />;

/**
 * The pane's navigation: a Fluent TabList with icons above short labels and Fluent's overflow
 * pattern (Overflow + OverflowItem + a "Mere" menu, as in Fluent's "TabList with overflow" story:
 * https://react.fluentui.dev/?path=/docs/components-tablist--docs#with-overflow). Word shows the pane
 * 320–350 px wide: tabs that do not fit move into the menu, the selected tab always stays visible.
 * The "Mere" button stands beside the tablist, not in it as in the story: a tablist may hold only tabs
 * (axe aria-required-children, critical; the ARIA tabs pattern has no place for an overflow button:
 * w3c/aria#2322, and Fluent's maintainers on the same failure of v8's Pivot, microsoft/fluentui#26951),
 * so screen readers count the tabs right and the button is the next Tab stop after the list.
 */
import {
  Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Overflow, OverflowItem, Tab, TabList,
  makeStyles, tokens, useIsOverflowItemVisible, useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';

export interface PaneTab<T extends string> { id: T; label: string; icon: JSX.Element }

const useStyles = makeStyles({
  // The overflow container: the tablist and the "Mere" button side by side.
  bar: { display: 'flex', flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tabs: { display: 'flex', flexWrap: 'nowrap', minWidth: 0, flexShrink: 1, overflow: 'hidden' },
  tab: {
    // Fluent's Tab is a grid flowing in columns (icon beside label); in rows the icon sits above.
    gridAutoFlow: 'row', justifyItems: 'center', alignContent: 'start', flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, textAlign: 'center',
  },
  tabLabel: { gridColumnStart: 1, gridRowStart: 2, whiteSpace: 'nowrap', paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  more: { alignSelf: 'center', flexShrink: 0, minWidth: 0 },
});

function MoreItem<T extends string>({ tab, onSelect }: { tab: PaneTab<T>; onSelect: (id: T) => void }) {
  // Only tabs hidden from the list are offered in the menu.
  if (useIsOverflowItemVisible(tab.id)) return null;
  return <MenuItem icon={tab.icon} onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}

function MoreMenu<T extends string>({ tabs, onSelect }: { tabs: Array<PaneTab<T>>; onSelect: (id: T) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" className={styles.more} icon={<MoreHorizontal20Regular />} aria-label={`Flere funktioner (${overflowCount})`} title="Flere funktioner" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>{tabs.map((t) => <MoreItem key={t.id} tab={t} onSelect={onSelect} />)}</MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function PaneTabs<T extends string>({ tabs, selected, onSelect }: { tabs: Array<PaneTab<T>>; selected: T; onSelect: (id: T) => void }) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <div className={styles.bar}>
        <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as T)} aria-label="Funktioner" size="small">
          {tabs.map((t) => (
            <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
              <Tab id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`} icon={t.icon} className={styles.tab} content={{ className: styles.tabLabel }}>
                {t.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

/**
 * The charts as lazily loaded chunks (React.lazy + dynamic import): react-charts and d3 weigh more than
 * the whole list view, and only the offer drawer and the rate report draw charts. Until the chunk is
 * there a box of the chart's height holds its place, so the tables below do not jump.
 * https://react.dev/reference/react/lazy
 */
import { Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Suspense, lazy, type ComponentProps } from 'react';
import { OVER_LIMIT } from './chart-data';
import { FORCED_INCREASE_COLOURS, INCREASE_COLOURS } from './increase-colours';

const LazyRateHistory = lazy(() => import(/* webpackChunkName: "charts" */ './RateHistoryChart'));
const LazyRateIncrease = lazy(() => import(/* webpackChunkName: "charts" */ './RateIncreaseChart'));

const useStyles = makeStyles({
  // The library lays its SVG out from the container's width: a block that is never wider than the drawer or page.
  figure: {
    margin: 0, minWidth: 0, maxWidth: '100%', overflow: 'hidden',
    // Forced colours (Windows high contrast) leave SVG paint alone, so the series keep the Teams theme's
    // colours, which may vanish on the forced background: paint them in system colours instead.
    // (Axes and labels get forced-colors rules from react-charts itself.)
    '@media (forced-colors: active)': {
      '& path[stroke^="var("]': { stroke: 'CanvasText' },
      '& circle[stroke^="var("]': { stroke: 'CanvasText', fill: 'Canvas' },
      // The rate-increase bars in two system colours, so over and under the limit stay apart (the bar's
      // title says which in words too, for every theme and for screen readers).
      [`& rect[fill="${INCREASE_COLOURS.over}"]`]: { fill: FORCED_INCREASE_COLOURS.over },
      [`& rect[fill="${INCREASE_COLOURS.under}"]`]: { fill: FORCED_INCREASE_COLOURS.under },
      // The limit marker is a CSS triangle (a coloured top border between two transparent ones); forced
      // colours paint the transparent sides too and make it a square: keep them transparent.
      '& .fui-hbc__triangle': { forcedColorAdjust: 'none', borderLeftColor: 'transparent', borderRightColor: 'transparent', borderTopColor: 'CanvasText' },
    },
  },
  placeholder: { display: 'flex', alignItems: 'center', justifyContent: 'center' },
  caption: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalS} 0` },
});

/** `height`: the chart's own; react-charts' cartesian charts take the height of their container (else 350 px). */
function ChartFigure({ label, height, children }: { label: string; height?: number; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    // A figure named by its caption; the same values are in the table next to it for screen readers.
    <figure className={styles.figure} data-testid="chart">
      <figcaption className={styles.caption}>{label}</figcaption>
      <div style={height ? { height } : undefined}>
        <Suspense fallback={<div className={styles.placeholder} style={{ height: height ?? 120 }}><Spinner size="tiny" label="Henter diagram …" /></div>}>
          {children}
        </Suspense>
      </div>
    </figure>
  );
}

export function RateHistoryChart(props: ComponentProps<typeof LazyRateHistory>) {
  return <ChartFigure label={props.title} height={props.height ?? 180}><LazyRateHistory {...props} /></ChartFigure>;
}

export function RateIncreaseChart(props: ComponentProps<typeof LazyRateIncrease>) {
  // The key names the cue that is not colour (the bar's title) and no colour by name: forced colours repaint them.
  return <ChartFigure label={`${props.title} (▼: grænsen; bjælker over grænsen er fremhævet og mærket »${OVER_LIMIT}«)`}><LazyRateIncrease {...props} /></ChartFigure>;
}

/**
 * The charts as lazily loaded chunks (React.lazy + dynamic import): react-charts and d3 weigh more than
 * the whole list view, and only the offer drawer and the rate report draw charts. Until the chunk is
 * there a box of the chart's height holds its place, so the tables below do not jump.
 * https://react.dev/reference/react/lazy
 */
import { Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Suspense, lazy, type ComponentProps } from 'react';

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
      '& rect[fill^="var(--colorPalette"], & rect[fill^="var(--colorBrand"]': { fill: 'Highlight' },
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
  return <ChartFigure label={`${props.title} (rød: over grænsen, ▼: grænsen)`}><LazyRateIncrease {...props} /></ChartFigure>;
}

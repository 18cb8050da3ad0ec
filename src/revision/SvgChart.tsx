/**
 * The report's own SVG bar chart (src/report/svg-bar-chart.ts) on the page, so the dashboard and the
 * exported report draw the same picture; colours come from Fluent tokens here (light, dark, contrast).
 * The SVG string is built by our module, which escapes every text it writes.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { barChart, type Bar } from '../report/svg-bar-chart';

const useStyles = makeStyles({
  root: {
    '& .bar-label, & .bar-value': { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '12.5px' },
    '& .bar-track': { fill: tokens.colorNeutralBackground3 },
    '& .bar-ok': { fill: tokens.colorPaletteGreenBackground3 },
    '& .bar-choice': { fill: tokens.colorPaletteDarkOrangeBackground3 },
    '& .bar-error': { fill: tokens.colorPaletteRedBackground3 },
    '& .bar-risk': { fill: tokens.colorPaletteDarkRedBorderActive },
    '& .bar-neutral': { fill: tokens.colorNeutralForeground3 },
    '& .bar-accent': { fill: tokens.colorBrandBackground },
    '& svg': { maxWidth: '100%', height: 'auto', display: 'block' },
    '@media (forced-colors: active)': { '& .bar': { fill: 'Highlight' }, '& .bar-track': { fill: 'Canvas', stroke: 'CanvasText' }, '& .bar-label, & .bar-value': { fill: 'CanvasText' } },
  },
});

export function SvgChart({ bars, title, max }: { bars: Bar[]; title: string; max?: number }) {
  const styles = useStyles();
  // Our own escaped SVG, identical to the exported report's chart.
  return <div className={styles.root} dangerouslySetInnerHTML={{ __html: barChart(bars, { title, size: 'natural', width: 560, ...(max === undefined ? {} : { max }) }) }} />;
}

/**
 * The rate-increase bars' paint, in one place: RateIncreaseChart (in the lazily loaded chart chunk)
 * paints the bars with these tokens, and ./lazy (in the main bundle) finds the same bars by them to
 * repaint them in system colours under forced colours, where SVG paint is left alone. A module of its
 * own so the main bundle imports two strings, not the chart code.
 */
import { tokens } from '@fluentui/react-components';
import type { IncreaseColours } from './chart-data';

export const INCREASE_COLOURS: IncreaseColours = { over: tokens.colorPaletteRedBackground3, under: tokens.colorBrandBackground };

/**
 * Under forced colours: two system colours that every forced palette keeps apart — Highlight (the
 * palette's accent) for bars over the limit, CanvasText (plain text colour) for those under it.
 * Chromium's emulated dark palette paints them #1AEBFF and #FFFFFF; Windows' palettes likewise.
 */
export const FORCED_INCREASE_COLOURS: IncreaseColours = { over: 'Highlight', under: 'CanvasText' };

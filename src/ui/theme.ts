/**
 * The one theme module for the Word add-in and the Teams tab: Fluent UI v9 themes for Teams
 * (default, dark, contrast) and Office (light/dark by the host's body background). Components use
 * Fluent tokens only, so switching the theme here restyles everything.
 */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Teams reports 'default' | 'dark' | 'contrast'; anything unknown falls back to light. */
export function teamsThemeName(value: string | null | undefined): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export function teamsTheme(name: string | null | undefined): Theme {
  switch (teamsThemeName(name)) {
    case 'dark': return teamsDarkTheme;
    case 'contrast': return teamsHighContrastTheme;
    default: return teamsLightTheme;
  }
}

/** Relative luminance (0..1) of a #rrggbb colour; null when it cannot be read. */
export function luminance(hex: string | null | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Office gives the task pane its theme colours (Office.context.officeTheme.bodyBackgroundColor);
 * a dark body means the dark Fluent theme. Without a colour (a plain browser) the system setting decides.
 */
export function officeTheme(bodyBackgroundColor?: string | null, prefersDark = false): Theme {
  const l = luminance(bodyBackgroundColor);
  const dark = l === null ? prefersDark : l < 0.4;
  return dark ? webDarkTheme : webLightTheme;
}

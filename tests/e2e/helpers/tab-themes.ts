/**
 * The tab inside the fake Teams host (tests/fakes/teams-host) in one of Teams' three themes. Teams
 * passes the theme through teams-js (getContext, themeChange); for 'contrast' Chromium also emulates
 * forced colours (with a dark palette, as Windows' default high-contrast themes have), so the tab's and Fluent's
 * forced-colors rules are exercised too.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { startTeamsHost, type TeamsHost } from '../../fakes/teams-host';
import type { TabServer } from './tab-server';

export type TeamsTheme = 'default' | 'dark' | 'contrast';
export const THEMES: TeamsTheme[] = ['default', 'dark', 'contrast'];
/** The file-name word for each theme in test-artifacts/. */
export const THEME_WORD: Record<TeamsTheme, string> = { default: 'light', dark: 'dark', contrast: 'contrast' };

export interface TabInTeams {
  page: Page;
  frame: FrameLocator;
  /** The tab's own frame inside the host page, for axe (it checks the tab, not the host's iframe wrapper) and evaluate(). */
  tabFrame(): Frame;
  host: TeamsHost;
  close(): Promise<void>;
}

export interface OpenTabOptions {
  width?: number;
  height?: number;
  query?: string;
  entityId?: string;
  token?: string;
  /** The tab page's path on the app server (default the tab itself; '/teams/config.html' with frameContext 'settings'). */
  tabPath?: string;
  frameContext?: 'content' | 'settings';
  /**
   * Emulate prefers-reduced-motion: reduce. Fluent then skips its fades and slides, so a test that
   * photographs or checks settled views need not wait for each one (the settled view is the same).
   */
  reducedMotion?: boolean;
  /** Called with the page before it loads anything (to listen to its requests from the start). */
  beforeGoto?: (page: Page) => void;
}

/** The media a theme is shown with (Teams' contrast theme: forced colours with a dark palette). */
export const themeMedia = (theme: TeamsTheme) => ({ forcedColors: theme === 'contrast' ? 'active' : 'none', colorScheme: theme === 'default' ? 'light' : 'dark' } as const);

export async function openTabInTeams(tab: TabServer, theme: TeamsTheme, opts: OpenTabOptions = {}): Promise<TabInTeams> {
  const tabPath = opts.tabPath ?? '/teams/index.html';
  const host = await startTeamsHost({
    appOrigin: tab.origin, tabPath: `${tabPath}${opts.query ?? ''}`, theme,
    ...(opts.entityId && { entityId: opts.entityId }), ...(opts.token && { token: opts.token }), ...(opts.frameContext && { frameContext: opts.frameContext }),
  });
  const page = await tab.newPage({ width: opts.width ?? 1280, height: opts.height ?? 900 });
  // https://playwright.dev/docs/api/class-page#page-emulate-media (forcedColors)
  await page.emulateMedia({ ...themeMedia(theme), reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference' });
  opts.beforeGoto?.(page);
  await page.goto(host.url);
  const frame = page.frameLocator('#tab');
  if (tabPath === '/teams/index.html') await frame.locator(`[data-testid="tab-root"][data-theme="${theme}"]`).waitFor({ timeout: 60_000 });
  const tabFrame = () => {
    const f = page.frames().find((fr) => fr.url().includes(tabPath));
    if (!f) throw new Error(`Fanens ramme (${tabPath}) findes ikke i værtssiden`);
    return f;
  };
  return { page, frame, tabFrame, host, async close() { await page.close(); await host.close(); } };
}

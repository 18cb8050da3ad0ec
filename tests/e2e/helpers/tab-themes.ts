/**
 * The tab inside the fake Teams host (tests/fakes/teams-host) in one of Teams' three themes. Teams
 * passes the theme through teams-js (getContext, themeChange); for 'contrast' Chromium also emulates
 * forced colours (with a dark palette, as Windows' default high-contrast themes have), so the tab's and Fluent's
 * forced-colors rules are exercised too.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { startTeamsHost, type TeamsHost } from '../../fakes/teams-host';
import type { TabServer } from './tab-server';

export type TeamsTheme = 'default' | 'dark' | 'contrast';
export const THEMES: TeamsTheme[] = ['default', 'dark', 'contrast'];
/** The file-name word for each theme in test-artifacts/. */
export const THEME_WORD: Record<TeamsTheme, string> = { default: 'light', dark: 'dark', contrast: 'contrast' };

export interface TabInTeams { page: Page; frame: FrameLocator; host: TeamsHost; close(): Promise<void> }

export async function openTabInTeams(tab: TabServer, theme: TeamsTheme, opts: { width?: number; height?: number; query?: string; entityId?: string; token?: string } = {}): Promise<TabInTeams> {
  const host = await startTeamsHost({ appOrigin: tab.origin, tabPath: `/teams/index.html${opts.query ?? ''}`, theme, ...(opts.entityId && { entityId: opts.entityId }), ...(opts.token && { token: opts.token }) });
  const page = await tab.newPage({ width: opts.width ?? 1280, height: opts.height ?? 900 });
  // https://playwright.dev/docs/api/class-page#page-emulate-media (forcedColors)
  await page.emulateMedia({ forcedColors: theme === 'contrast' ? 'active' : 'none', colorScheme: theme === 'default' ? 'light' : 'dark' });
  await page.goto(host.url);
  const frame = page.frameLocator('#tab');
  await frame.locator(`[data-testid="tab-root"][data-theme="${theme}"]`).waitFor({ timeout: 60_000 });
  return { page, frame, host, async close() { await page.close(); await host.close(); } };
}

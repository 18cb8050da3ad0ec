/** The shared badges (src/ui/badges.tsx), imported by the tab's views from here. */
export * from '../../ui/badges';

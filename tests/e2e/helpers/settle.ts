import type { Frame, Locator, Page } from 'playwright-core';

/**
 * Waits until the finite animations in a page, frame or element are over (Fluent fades drawers,
 * dialogs and popovers in and slides messages): what is measured or photographed afterwards is what
 * the user sees once it has settled. Endless animations (spinners) are not waited for, and an animation
 * cancelled on the way (its `finished` rejects with an AbortError, as when React re-renders the
 * element) counts as over. The function runs in the browser, so it carries everything it needs.
 */
export async function animationsSettled(target: Page | Frame | Locator): Promise<void> {
  const settle = async (el: Element | null): Promise<void> => {
    const animations = el ? el.getAnimations({ subtree: true }) : document.getAnimations();
    await Promise.all(animations
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)));
  };
  if ('waitFor' in target) await target.evaluate(settle);
  else await target.evaluate(settle, null);
}

import { nextTick } from 'vue';
import { sectionAnchor } from './workspace';

const FRAMES_TO_WAIT = 30;

/**
 * Moves focus to a section's heading and scrolls it to below the sticky bar (its scroll-margin).
 * The Text part may still be loading when asked: it waits a few frames for the heading to exist.
 */
export async function focusSection(key: string): Promise<boolean> {
  await nextTick();
  for (let frame = 0; frame < FRAMES_TO_WAIT; frame++) {
    const heading = document.getElementById(sectionAnchor(key));
    if (heading) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
      return true;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return false;
}

/**
 * Where keyboard focus goes when the screen changes: to the new page's main heading after a
 * navigation, and back to what opened a dialog when it closes, so focus never falls to the body.
 */
import { tick } from 'svelte';

/** How many frames to wait for a page that draws its heading once its data has come. */
const HEADING_WAIT_FRAMES = 60;

/** The element focus sits on, or null when it has fallen to the body. */
function focused(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Focuses the page's main heading once it is on screen, unless the new page has already put focus
 * in it (a first field) or the user has moved it meanwhile.
 */
export async function focusPageHeading(): Promise<void> {
  await tick();
  const main = document.getElementById('main');
  const start = focused();
  if (start && main?.contains(start)) return;
  for (let frame = 0; frame < HEADING_WAIT_FRAMES; frame++) {
    if (focused() !== start) return;
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      // Focusable by script only, so Tab still goes from control to control.
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    await new Promise(requestAnimationFrame);
  }
}

/**
 * Shows a modal <dialog> and, when it closes with the page unchanged, gives focus back to what had it
 * before (or to the page's heading when that is gone). A dialog that navigates (a new meeting, a search
 * result) leaves focus to the new page.
 */
function showModal(dialog: HTMLDialogElement): void {
  const trigger = focused();
  const address = location.hash;
  dialog.addEventListener(
    'close',
    () => {
      if (location.hash !== address) return;
      if (trigger?.isConnected) trigger.focus();
      else void focusPageHeading();
    },
    { once: true },
  );
  dialog.showModal();
}

/** Shows or closes a modal <dialog> to match `open`; true when it has just been shown (to reset its fields). */
export function syncModal(dialog: HTMLDialogElement | undefined, open: boolean): boolean {
  if (!dialog) return false;
  if (open && !dialog.open) {
    showModal(dialog);
    return true;
  }
  if (!open && dialog.open) dialog.close();
  return false;
}

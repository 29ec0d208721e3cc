import { t } from '../i18n/i18n.svelte';
import { privacy } from './privacy.svelte';
import { reflections } from './reflections.svelte';
import { toasts } from './toasts.svelte';

/**
 * Turns "Skjul private" on or off and reloads the journal's entries, so a private one leaves the
 * window (or comes back) at once, wherever it was listed.
 */
export async function setHidePrivate(on: boolean): Promise<void> {
  await privacy.setHidePrivate(on);
  // The journal asks for its matches again whenever the entries change.
  if (reflections.loaded) await reflections.load();
  toasts.info(t(on ? 'privacy.hidden' : 'privacy.shown'));
}

/** Flips "Skjul private" (the sidebar switch and Alt+P). */
export function toggleHidePrivate(): Promise<void> {
  return setHidePrivate(!privacy.hidePrivate);
}

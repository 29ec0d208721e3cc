import type { MessageKey } from './i18n/messages-da';

/** One documented shortcut for the help overlay. */
export interface Shortcut {
  keys: (isMac: boolean) => string[];
  label: MessageKey;
}

const mod = (isMac: boolean) => (isMac ? '⌘' : 'Ctrl');

/** The shortcuts the app answers to, as the help overlay (?) lists them. */
export const SHORTCUTS: Shortcut[] = [
  { keys: (mac) => [mod(mac), 'K'], label: 'keys.search' },
  { keys: () => ['?'], label: 'keys.help' },
  { keys: (mac) => [mac ? '⌥' : 'Alt', '1–9'], label: 'keys.section' },
  { keys: (mac) => [mac ? '⌥' : 'Alt', 'N'], label: 'keys.newMeeting' },
  { keys: (mac) => [mac ? '⌥' : 'Alt', 'R'], label: 'keys.newReflection' },
  { keys: (mac) => [mac ? '⌥' : 'Alt', 'P'], label: 'keys.hidePrivate' },
  { keys: (mac) => [mod(mac), 'L'], label: 'keys.lock' },
  { keys: (mac) => [mod(mac), 'Z'], label: 'keys.undo' },
  { keys: (mac) => [mac ? '⌥' : 'Alt', '↑ / ↓'], label: 'keys.reorder' },
  { keys: () => ['Esc'], label: 'keys.close' },
];

/** The keys of the live meeting view (Afvikl mødet), answered outside text fields. */
export const LIVE_SHORTCUTS: Shortcut[] = [
  { keys: () => ['Mellemrum'], label: 'keys.live.pause' },
  { keys: () => ['→ / N'], label: 'keys.live.next' },
  { keys: () => ['← / P'], label: 'keys.live.previous' },
  { keys: () => ['+'], label: 'keys.live.plus' },
  { keys: () => ['−'], label: 'keys.live.minus' },
  { keys: () => ['C / /'], label: 'keys.live.capture' },
  { keys: () => ['b:', 'o:'], label: 'keys.live.prefix' },
  { keys: () => ['Esc'], label: 'keys.live.leave' },
];

/** What a key press asks the app to do, if anything. */
export type KeyCommand =
  | { kind: 'search' }
  | { kind: 'help' }
  | { kind: 'section'; index: number }
  | { kind: 'undo' }
  | { kind: 'hide-private' }
  | { kind: 'new-meeting' }
  | { kind: 'lock' }
  | { kind: 'go'; hash: string };

/** True when the key press happens while typing, where keys belong to the text. */
export function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** Maps a key press to a command; pure, so it can be tested without a page. */
export function commandFor(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>,
): KeyCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && event.key.toLowerCase() === 'k') return { kind: 'search' };
  if (mod && !event.altKey && !event.shiftKey && event.code === 'KeyL') return { kind: 'lock' };
  if (event.altKey && !mod && /^Digit[1-9]$/.test(event.code))
    return { kind: 'section', index: Number(event.code.slice(5)) - 1 };
  // The new-meeting dialog is state, not an address: Esc leaves the page as it was, and Alt+N works again.
  if (event.altKey && !mod && event.code === 'KeyN') return { kind: 'new-meeting' };
  if (event.altKey && !mod && event.code === 'KeyR') return { kind: 'go', hash: '#/refleksioner/ny' };
  if (event.altKey && !mod && event.code === 'KeyP') return { kind: 'hide-private' };
  if (typingIn(event.target)) return null;
  if (event.key === '?' && !mod) return { kind: 'help' };
  if (mod && !event.shiftKey && event.key.toLowerCase() === 'z') return { kind: 'undo' };
  return null;
}

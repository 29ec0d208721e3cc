/**
 * The live view's link to the services: every press is sent with the instant it happened, one at a
 * time in the order pressed, and the meeting the services answer with replaces the one on screen.
 */
import type { InputOf } from '$shared/contract';
import type { Meeting } from '$shared/entities';
import type { Result } from '$shared/result';
import { api, call } from '../../../lib/api';
import { meetings } from '../../../lib/state/meetings.svelte';
import { saveStatus } from '../../../lib/state/save-status.svelte';

type Capture = Omit<InputOf<'live:capture'>, 'id' | 'at'>;
type Adjust = Pick<InputOf<'live:adjust'>, 'minutes' | 'choice'>;

/** What the screen's clock says now: the instant sent with a press. */
export function nowIso(): string {
  return new Date().toISOString();
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs calls one after another, so a quick "next, next" lands in the order pressed. */
function inOrder(send: () => Promise<Result<Meeting>>): Promise<Meeting> {
  const result = queue.then(async () => meetings.accept(await saveStatus.track(() => call(send()))));
  queue = result.catch(() => undefined);
  return result;
}

/** The presses of the live view for one meeting. */
export function liveActions(id: string) {
  return {
    start: () => inOrder(() => api.live.start({ id, at: nowIso() })),
    pause: () => inOrder(() => api.live.pause({ id, at: nowIso() })),
    resume: () => inOrder(() => api.live.resume({ id, at: nowIso() })),
    next: () => inOrder(() => api.live.next({ id, at: nowIso() })),
    previous: () => inOrder(() => api.live.previous({ id, at: nowIso() })),
    adjust: (input: Adjust) => inOrder(() => api.live.adjust({ id, ...input, at: nowIso() })),
    capture: (input: Capture) => inOrder(() => api.live.capture({ id, ...input, at: nowIso() })),
    saveDraft: (draft: string) => inOrder(() => api.live.saveDraft({ id, draft })),
    end: () => inOrder(() => api.live.end({ id, at: nowIso() })),
  };
}

/** A clock that ticks a few times a second; it only decides when to redraw, never what the time is. */
export class Ticker {
  now = $state(Date.now());
  #timer: ReturnType<typeof setInterval> | null = null;

  start(intervalMs = 250): () => void {
    this.#timer = setInterval(() => (this.now = Date.now()), intervalMs);
    return () => {
      if (this.#timer) clearInterval(this.#timer);
    };
  }
}

/** Rewording or removing a note afterwards, from the opsamling. */
export function noteActions(id: string) {
  return {
    update: (noteId: string, text: string) => inOrder(() => api.live.updateNote({ id, noteId, text })),
    remove: (noteId: string) => inOrder(() => api.live.removeNote({ id, noteId })),
  };
}

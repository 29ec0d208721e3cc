import type { WebContents } from 'electron';

/**
 * The projector windows that are open now, by their web contents' id. Such a window shows a
 * meeting on a shared screen, so it may call only the channels its view needs (see policies.ts):
 * even a page that went wrong there cannot read a journal or change data.
 */
const projectorIds = new Set<number>();

/** Notes a window the page opened as a projector view, and forgets it when it closes. */
export function markProjectorWindow(contents: WebContents): void {
  projectorIds.add(contents.id);
  contents.once('destroyed', () => projectorIds.delete(contents.id));
}

export function isProjectorWindow(contentsId: number): boolean {
  return projectorIds.has(contentsId);
}

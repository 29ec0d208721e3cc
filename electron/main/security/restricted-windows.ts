import type { WebContents } from 'electron';
import { restrictedMayCall, type RestrictedWindowKind } from './policies';

/**
 * The windows that may call only the channels their one view needs (see policies.ts), by their web
 * contents' id: the projector view of a meeting on a shared screen, and the hidden window that
 * prints a document to PDF. Even a page that went wrong there cannot read a journal or change data.
 */
const restricted = new Map<number, RestrictedWindowKind>();

/** The part of a window's web contents the marking needs (so the print window's test runs under Node). */
export type MarkableContents = Pick<WebContents, 'id'> & { once(event: 'destroyed', listener: () => void): unknown };

/** Notes a window as a projector or print window, and forgets it when it closes. */
export function markRestrictedWindow(contents: MarkableContents, kind: RestrictedWindowKind): void {
  restricted.set(contents.id, kind);
  contents.once('destroyed', () => restricted.delete(contents.id));
}

/** Whether the window with these web contents may make this call: any of ours may, unless restricted. */
export function windowMayCall(contentsId: number, channel: string): boolean {
  const kind = restricted.get(contentsId);
  return kind === undefined || restrictedMayCall(kind, channel);
}

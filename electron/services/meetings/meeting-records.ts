import { notFound } from '../../shared/app-error';
import type { Meeting } from '../../shared/entities';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { assertMeetingSchedulable } from './meeting-rules';

/** The live meeting (or template) record with that id, or a not-found error. */
export function requireMeeting(data: AppData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw notFound('Mødet', 'The meeting');
  return meeting;
}

/**
 * Changes one meeting safely: the edit is made on a copy, the copy is checked, and only then does
 * it replace the stored record, so a refused change leaves nothing half done.
 */
export function changeMeeting(
  ctx: ServiceContext,
  id: string,
  edit: (draft: Meeting, data: AppData) => void,
): Promise<Meeting> {
  return ctx.store.mutate((data) => {
    const current = requireMeeting(data, id);
    const draft = snapshot(current);
    edit(draft, data);
    assertMeetingSchedulable(draft);
    draft.updatedAt = ctx.clock.now().toISOString();
    data.meetings = data.meetings.map((m) => (m.id === id ? draft : m));
    return snapshot(draft);
  });
}

/** Earliest first by date and start time; templates (no date) by title. */
export function byMeetingTime(a: Meeting, b: Meeting): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.title.localeCompare(b.title, 'da');
}

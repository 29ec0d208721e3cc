import { notFound } from '../../shared/app-error';
import type { ReflectionKind } from '../../shared/domain/types';
import type { Meeting } from '../../shared/entities';
import { copenhagenToUtc, isCalendarDate, isClockTime, todayInCopenhagen } from '../../shared/time';
import type { AppData } from '../storage/app-data';

/** What the journal needs to know about a meeting; every field but the ids may be missing. */
export interface MeetingFacts {
  id: string;
  networkId: string;
  /** YYYY-MM-DD, or null when the meeting has no date yet. */
  date: string | null;
  /** HH:MM, or null when not set. */
  startTime: string | null;
  title: string;
}

/**
 * Reads a meeting's date, start time and title without relying on the meeting planner's exact
 * shape: only id and networkId are promised, the rest is taken when present and well-formed.
 */
export function meetingFacts(meeting: Meeting): MeetingFacts {
  const fields = meeting as unknown as Record<string, unknown>;
  const text = (key: string): string | null => (typeof fields[key] === 'string' ? fields[key] : null);
  const date = text('date');
  const startTime = text('startTime');
  return {
    id: meeting.id,
    networkId: meeting.networkId,
    date: date !== null && isCalendarDate(date) ? date : null,
    startTime: startTime !== null && isClockTime(startTime) ? startTime : null,
    title: (text('title') ?? '').trim(),
  };
}

/** The live meeting record with that id, or a not-found error. */
export function findMeeting(data: AppData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw notFound('Mødet', 'The meeting');
  return meeting;
}

/**
 * Before or after, judged by the meeting's start in Copenhagen time. Without a time, the meeting
 * day itself still counts as "before", since preparing on the day is more common than writing up
 * a meeting whose time was never set; a meeting without a date is one still being planned.
 */
export function kindForMeeting(facts: MeetingFacts, now: Date): ReflectionKind {
  if (facts.date === null) return 'foer';
  if (facts.startTime !== null) {
    const start = copenhagenToUtc(facts.date, facts.startTime);
    if (start.ok) return start.value.instant.getTime() > now.getTime() ? 'foer' : 'efter';
  }
  return facts.date >= todayInCopenhagen(now) ? 'foer' : 'efter';
}

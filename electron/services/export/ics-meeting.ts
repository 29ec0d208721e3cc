/**
 * The meeting as the .ics writer sees it, and the checks that decide whether a person can be
 * addressed by e-mail and a link can be offered as a URL.
 */

/** Where a participant stands; only a REQUEST carries it (as PARTSTAT). */
export type IcsPartstat = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED';

/** A person on the invitation; without an e-mail they can only be named in the description. */
export interface IcsPerson {
  name: string;
  email?: string;
  /** Defaults to NEEDS-ACTION; DECLINED for someone who has sent afbud. */
  partstat?: IcsPartstat;
}

/** An agenda item as listed in the description. */
export interface IcsAgendaItem {
  title: string;
  minutes: number;
}

/**
 * PUBLISH: a calendar entry for the user's own calendar, with nobody invited (no ATTENDEE).
 * REQUEST: a deliberate invitation from the organiser to the attendees ("send som invitation").
 */
export type IcsMethod = 'PUBLISH' | 'REQUEST';

/** One meeting to export as a calendar event, in Copenhagen wall time. */
export interface IcsMeeting {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, Copenhagen time. */
  startTime: string;
  /** Minutes on the wall clock, 1–1440: the end is read off the clock as the Word files do. */
  durationMinutes: number;
  location?: string;
  onlineUrl?: string;
  description?: string;
  /** Time-boxed items; listed with clock times in the description. */
  agenda?: readonly IcsAgendaItem[];
  organizer?: IcsPerson;
  attendees: readonly IcsPerson[];
  status: 'planned' | 'held' | 'cancelled';
  /** Raised only when the meeting changed since the last export, so calendars replace the old copy. */
  sequence?: number;
  /** The language of the description's labels; one language only. Defaults to Danish. */
  lang?: 'da' | 'en';
  /** Defaults to PUBLISH. */
  method?: IcsMethod;
  /** A reminder this many minutes before the start (VALARM); none when absent. */
  reminderMinutes?: number;
}

// Deliberately narrower than RFC 5322: only characters that are safe unencoded in a mailto: URI.
const EMAIL_PATTERN = /^[A-Za-z0-9.!$&'*+=_~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The address to use in a mailto: URI, or null when there is none or it cannot be used safely. */
export function usableEmail(person: IcsPerson): string | null {
  const email = person.email?.trim() ?? '';
  return EMAIL_PATTERN.test(email) ? email : null;
}

/** The link as a normalised http(s) URL, or null when the text is not one (it is then kept as text). */
export function usableUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || !URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

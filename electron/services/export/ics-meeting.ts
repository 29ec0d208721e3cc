/**
 * The meeting as the .ics writer sees it, and the checks that decide whether a person can be
 * addressed by e-mail and a link can be offered as a URL.
 */

/** A person on the invitation; without an e-mail they can only be named in the description. */
export interface IcsPerson {
  name: string;
  email?: string;
}

/** An agenda item as listed in the description. */
export interface IcsAgendaItem {
  title: string;
  minutes: number;
}

/** One meeting to export as a calendar event, in Copenhagen wall time. */
export interface IcsMeeting {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, Copenhagen time. */
  startTime: string;
  /** Elapsed minutes, 1–1440. */
  durationMinutes: number;
  location?: string;
  onlineUrl?: string;
  description?: string;
  /** Time-boxed items; listed with clock times in the description. */
  agenda?: readonly IcsAgendaItem[];
  organizer?: IcsPerson;
  attendees: readonly IcsPerson[];
  status: 'planned' | 'held' | 'cancelled';
  /** Bumped on each re-export of a changed meeting so calendars replace the old copy. */
  sequence?: number;
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

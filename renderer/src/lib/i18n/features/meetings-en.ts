import type { meetingsDa } from './meetings-da';

/** English UI strings for the meetings screens; same keys as the Danish ones. */
export const meetingsEn: Record<keyof typeof meetingsDa, string> = {};

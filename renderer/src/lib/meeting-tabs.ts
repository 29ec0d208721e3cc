/** The tabs of a meeting's page, in order, as they stand in its address; search results for decisions and tasks open straight on opsamling. */
export const MEETING_TABS = ['plan', 'agenda', 'participants', 'opsamling'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

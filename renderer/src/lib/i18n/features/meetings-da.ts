/** Danish UI strings for the meetings screens. */
export const meetingsDa = {} as const;

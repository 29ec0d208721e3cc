/** Channels for the meeting planner. */
export const meetingChannels = {};

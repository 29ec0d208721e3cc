/** Channels for role overviews and the phase tracker. */
export const roleChannels = {};

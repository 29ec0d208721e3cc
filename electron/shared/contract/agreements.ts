/** Channels for the agreement wizard. */
export const agreementChannels = {};

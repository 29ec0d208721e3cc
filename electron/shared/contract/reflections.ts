/** Channels for the reflection journal. */
export const reflectionChannels = {};

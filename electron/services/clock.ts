/** The time source services use; injected so tests and Electron decide what "now" is. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

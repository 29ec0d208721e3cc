/** The records the app stores, one file per feature. */
export * from './core';
export * from './meeting';
export * from './reflection';
export * from './agreement';
export * from './reflection-summary';

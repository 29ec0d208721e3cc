/** The records the app stores, one schema per record kind, types inferred from them. */
export * from './fields';
export * from './core';
export * from './meeting';
export * from './reflection';
export * from './agreement';
export * from './trash';
export * from './phase-model';
export * from './phase-model-file';
export * from './reflection-summary';

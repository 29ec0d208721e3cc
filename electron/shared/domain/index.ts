/** The domain knowledge in one place, for the UI and the Word export alike. */

export * from './types';
export * from './localize';
export * from './roles';
export * from './phases';
export * from './phase-label';
export * from './removed-phases';
export * from './phase-model-edits';
export * from './meeting-methods';
export * from './meeting-templates';
export * from './reflection-prompts';
export * from './agreement-topics';
export * from './agenda-roles';

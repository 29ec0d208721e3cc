import type { reflectionsDa } from './reflections-da';

/** English UI strings for the reflections screens; same keys as the Danish ones. */
export const reflectionsEn: Record<keyof typeof reflectionsDa, string> = {};

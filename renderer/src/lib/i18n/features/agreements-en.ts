import type { agreementsDa } from './agreements-da';

/** English UI strings for the agreements screens; same keys as the Danish ones. */
export const agreementsEn: Record<keyof typeof agreementsDa, string> = {};

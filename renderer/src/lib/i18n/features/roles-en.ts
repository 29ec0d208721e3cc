import type { rolesDa } from './roles-da';

/** English UI strings for the roles screens; same keys as the Danish ones. */
export const rolesEn: Record<keyof typeof rolesDa, string> = {};

/** The roles of the network model, in the order the app shows them. */

import { codriverRole } from './role-data/codriver';
import { deltagerRole } from './role-data/deltager';
import { netvaerkslederCompetences, netvaerkslederRole } from './role-data/netvaerksleder';
import { personalelederRole } from './role-data/personaleleder';
import { referencelederRole } from './role-data/referenceleder';
import type { HolderRoleId, RoleDefinition, RoleId } from './types';

export { netvaerkslederCompetences };

/** All roles in display order: the leader first, participants last. */
export const ROLE_IDS: readonly RoleId[] = [
  'netvaerksleder',
  'codriver',
  'referenceleder',
  'personaleleder',
  'deltager',
];

/** The roles one named person holds per network; participants are many and are listed separately. */
export const HOLDER_ROLE_IDS: readonly HolderRoleId[] = [
  'netvaerksleder',
  'codriver',
  'referenceleder',
  'personaleleder',
];

/** Every role's definition, keyed by id. */
export const roles: Record<RoleId, RoleDefinition> = {
  netvaerksleder: netvaerkslederRole,
  codriver: codriverRole,
  referenceleder: referencelederRole,
  personaleleder: personalelederRole,
  deltager: deltagerRole,
};

/** Narrows untrusted input (stored data, IPC payloads) to a known role. */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}

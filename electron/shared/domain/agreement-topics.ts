/** What the agreement wizard asks for each counterpart: preparation questions, then topics. */

import { codriverAgreement } from './agreement-data/codriver';
import { personalelederAgreement } from './agreement-data/personaleleder';
import { referencelederAgreement } from './agreement-data/referenceleder';
import type { AgreementDefinition, CounterpartRole } from './types';

/** Counterparts in the order the agreement wizard offers them. */
export const COUNTERPART_ROLES: readonly CounterpartRole[] = ['personaleleder', 'referenceleder', 'codriver'];

/** Each counterpart's agreement; topics the sources name come before our inferred ones. */
export const agreementDefinitions: Record<CounterpartRole, AgreementDefinition> = {
  personaleleder: personalelederAgreement,
  referenceleder: referencelederAgreement,
  codriver: codriverAgreement,
};

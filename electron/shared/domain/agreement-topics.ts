/** What the agreement wizard asks for each counterpart: preparation questions, then topics. */

import { codriverAgreement } from './agreement-data/codriver';
import { personalelederAgreement } from './agreement-data/personaleleder';
import { referencelederAgreement } from './agreement-data/referenceleder';
import type { AgreementDefinition, AgreementPreparationQuestion, CounterpartRole } from './types';

export { AGREEMENT_REVIEW_TERM } from './agreement-terms';

/** Counterparts in the order the agreement wizard offers them. */
export const COUNTERPART_ROLES: readonly CounterpartRole[] = ['personaleleder', 'referenceleder', 'codriver'];

/** Each counterpart's agreement; topics the model names come before the extra ones the app adds. */
export const agreementDefinitions: Record<CounterpartRole, AgreementDefinition> = {
  personaleleder: personalelederAgreement,
  referenceleder: referencelederAgreement,
  codriver: codriverAgreement,
};

/** The counterpart's own preparation questions, in order; none where only the leader prepares. */
export function counterpartQuestions(definition: AgreementDefinition): AgreementPreparationQuestion[] {
  return definition.counterpartSide?.groups.flatMap((group) => group.questions) ?? [];
}

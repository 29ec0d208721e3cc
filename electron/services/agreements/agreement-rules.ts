import { AGREEMENT_REVIEW_TERM, agreementDefinitions, roles } from '../../shared/domain';
import type { CounterpartRole } from '../../shared/domain';
import type { AgreementDraft, AgreementIssue, AgreementStep, Person } from '../../shared/entities';
import { compareCalendarDates } from '../../shared/time';

/** Looks a person up by id; undefined when they are gone. */
export type PersonLookup = (id: string) => Person | undefined;

/**
 * What keeps a step from being done, in words for the field it concerns. Preparation (1) and the
 * review page (4) never block: preparation answers are private notes, and the review page shows
 * only what the other steps hold.
 */
export function stepIssues(
  step: AgreementStep,
  draft: AgreementDraft,
  counterpart: CounterpartRole,
  person: PersonLookup,
): AgreementIssue[] {
  switch (step) {
    case 2:
      return partyAndPeriodIssues(draft, counterpart, person);
    case 3:
      return topicIssues(draft, counterpart);
    case 5:
      return approvalIssues(draft);
    default:
      return [];
  }
}

/** Every issue of every step, in step order; an agreement with none may be approved. */
export function allIssues(draft: AgreementDraft, counterpart: CounterpartRole, person: PersonLookup): AgreementIssue[] {
  return ([1, 2, 3, 4, 5] as const).flatMap((step) => stepIssues(step, draft, counterpart, person));
}

function partyAndPeriodIssues(
  draft: AgreementDraft,
  counterpart: CounterpartRole,
  person: PersonLookup,
): AgreementIssue[] {
  const issues: AgreementIssue[] = [];
  const leaderRole = roles.netvaerksleder.name;
  const counterpartRole = roles[counterpart].name;
  const party = (field: 'leaderId' | 'counterpartId', id: string | null, role: { da: string; en: string }): void => {
    if (id === null) {
      issues.push(
        issue(2, field, `Vælg, hvem der er ${role.da.toLowerCase()}.`, `Choose who is ${role.en.toLowerCase()}.`),
      );
    } else if (!person(id)) {
      issues.push(
        issue(
          2,
          field,
          'Personen findes ikke længere. Vælg en anden.',
          'This person no longer exists. Choose someone else.',
        ),
      );
    }
  };
  party('leaderId', draft.leaderId, leaderRole);
  party('counterpartId', draft.counterpartId, counterpartRole);
  if (draft.leaderId !== null && draft.leaderId === draft.counterpartId) {
    issues.push(
      issue(
        2,
        'counterpartId',
        'Aftalen skal indgås mellem to forskellige personer.',
        'The agreement must be between two different people.',
      ),
    );
  }
  if (draft.periodFrom === '') {
    issues.push(
      issue(2, 'periodFrom', 'Skriv, fra hvilken dato aftalen gælder.', 'Enter the date the agreement applies from.'),
    );
  }
  if (draft.periodTo === '') {
    issues.push(
      issue(2, 'periodTo', 'Skriv, til hvilken dato aftalen gælder.', 'Enter the date the agreement applies until.'),
    );
  } else if (draft.periodFrom !== '' && compareCalendarDates(draft.periodTo, draft.periodFrom) < 0) {
    issues.push(issue(2, 'periodTo', 'Slutdatoen ligger før startdatoen.', 'The end date is before the start date.'));
  }
  return issues;
}

function topicIssues(draft: AgreementDraft, counterpart: CounterpartRole): AgreementIssue[] {
  return agreementDefinitions[counterpart].topics
    .filter((topic) => topic.required && (draft.topics[topic.id] ?? '').trim() === '')
    .map((topic) =>
      issue(
        3,
        `topic:${topic.id}`,
        `Skriv, hvad I aftaler om «${topic.title.da}». Emnet skal med i aftalen.`,
        `Write what you agree on “${topic.title.en}”. The topic must be part of the agreement.`,
      ),
    );
}

function approvalIssues(draft: AgreementDraft): AgreementIssue[] {
  const issues: AgreementIssue[] = [];
  if (draft.agreedDate === '') {
    issues.push(issue(5, 'agreedDate', 'Skriv datoen, hvor I blev enige om aftalen.', 'Enter the date you agreed.'));
  }
  if (draft.reviewDate === '') {
    issues.push(
      issue(
        5,
        'reviewDate',
        `Vælg en dato under «${AGREEMENT_REVIEW_TERM.da}».`,
        `Choose a date under “${AGREEMENT_REVIEW_TERM.en}”.`,
      ),
    );
  } else if (draft.agreedDate !== '' && compareCalendarDates(draft.reviewDate, draft.agreedDate) <= 0) {
    issues.push(
      issue(
        5,
        'reviewDate',
        `Datoen under «${AGREEMENT_REVIEW_TERM.da}» skal ligge efter datoen, hvor I blev enige.`,
        `The date under “${AGREEMENT_REVIEW_TERM.en}” must be after the date you agreed.`,
      ),
    );
  }
  return issues;
}

function issue(step: AgreementStep, field: string, message: string, messageEn: string): AgreementIssue {
  return { step, field, message, messageEn };
}

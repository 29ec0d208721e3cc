import { AppError } from '../../shared/app-error';
import { AGREEMENT_REVIEW_TERM, agreementDefinitions, counterpartQuestions, roles } from '../../shared/domain';
import type { LocalizedText } from '../../shared/domain';
import type { Agreement, AgreementComparison, AgreementComparisonRow, AgreementContent } from '../../shared/entities';
import type { PersonLookup } from './agreement-rules';

/** A version or the draft, flattened to what a reader compares: names instead of person ids. */
interface ComparableVersion extends AgreementContent {
  leaderName: string;
  counterpartName: string;
  agreedDate: string;
  reviewDate: string;
}

const LABELS = {
  periodFrom: { da: 'Gælder fra', en: 'Applies from' },
  periodTo: { da: 'Gælder til', en: 'Applies until' },
  agreedDate: { da: 'Aftalt den', en: 'Agreed on' },
  reviewDate: { da: AGREEMENT_REVIEW_TERM.da, en: AGREEMENT_REVIEW_TERM.en },
} satisfies Record<string, LocalizedText>;

/**
 * Compares two versions of an agreement field by field, in the order the agreement is read:
 * parties, period, topics, dates, then the preparation notes. `to` may be the draft being written.
 */
export function compareVersions(
  agreement: Agreement,
  from: number,
  to: number | 'draft',
  person: PersonLookup,
): AgreementComparison {
  const before = comparable(agreement, from, person);
  const after = comparable(agreement, to, person);
  const definition = agreementDefinitions[agreement.counterpart];
  const rows: AgreementComparisonRow[] = [
    row('leaderId', 'parties', roles.netvaerksleder.name, 'text', before.leaderName, after.leaderName),
    row(
      'counterpartId',
      'parties',
      roles[agreement.counterpart].name,
      'text',
      before.counterpartName,
      after.counterpartName,
    ),
    row('periodFrom', 'period', LABELS.periodFrom, 'date', before.periodFrom, after.periodFrom),
    row('periodTo', 'period', LABELS.periodTo, 'date', before.periodTo, after.periodTo),
    ...definition.topics.map((topic) =>
      row(
        `topic:${topic.id}`,
        'topics',
        topic.title,
        'text',
        before.topics[topic.id] ?? '',
        after.topics[topic.id] ?? '',
      ),
    ),
    row('agreedDate', 'dates', LABELS.agreedDate, 'date', before.agreedDate, after.agreedDate),
    row('reviewDate', 'dates', LABELS.reviewDate, 'date', before.reviewDate, after.reviewDate),
    ...definition.preparationQuestions.map((question) =>
      row(
        `preparation:${question.id}`,
        'preparation',
        question.text,
        'text',
        before.preparation[question.id] ?? '',
        after.preparation[question.id] ?? '',
      ),
    ),
    // The counterpart's own notes are led by her role, so they are not mistaken for the leader's.
    ...counterpartQuestions(definition).map((question) =>
      row(
        `counterpartPreparation:${question.id}`,
        'preparation',
        {
          da: `${roles[agreement.counterpart].name.da}: ${question.text.da}`,
          en: `${roles[agreement.counterpart].name.en}: ${question.text.en}`,
        },
        'text',
        before.counterpartPreparation[question.id] ?? '',
        after.counterpartPreparation[question.id] ?? '',
      ),
    ),
  ];
  return { from, to, rows };
}

function comparable(agreement: Agreement, which: number | 'draft', person: PersonLookup): ComparableVersion {
  if (which === 'draft') {
    const draft = agreement.draft;
    if (!draft)
      throw new AppError(
        'not-found',
        'Aftalen har intet udkast at sammenligne med.',
        'The agreement has no draft to compare with.',
      );
    const nameOf = (id: string | null): string => (id === null ? '' : (person(id)?.name ?? ''));
    return { ...draft, leaderName: nameOf(draft.leaderId), counterpartName: nameOf(draft.counterpartId) };
  }
  const version = agreement.versions.find((v) => v.number === which);
  if (!version)
    throw new AppError(
      'not-found',
      `Version ${which} af aftalen findes ikke.`,
      `Version ${which} of the agreement does not exist.`,
    );
  return { ...version, leaderName: version.leader.name, counterpartName: version.counterpart.name };
}

// Whitespace at the ends is not a change a reader can see.
function row(
  field: string,
  section: AgreementComparisonRow['section'],
  label: LocalizedText,
  kind: AgreementComparisonRow['kind'],
  before: string,
  after: string,
): AgreementComparisonRow {
  return { field, section, label, kind, before, after, changed: before.trim() !== after.trim() };
}

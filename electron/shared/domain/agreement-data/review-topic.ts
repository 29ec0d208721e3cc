/**
 * The topic every agreement has for revising it along the way. The date it is reviewed by at the
 * latest is chosen when the agreement is approved; this topic holds the occasions before that, and
 * the Word document puts both under one heading.
 */

import { AGREEMENT_REVIEW_TERM } from '../agreement-terms';
import type { AgreementTopic, LocalizedText } from '../types';

/** The review topic with the counterpart's own id and example. */
export function reviewTopic(id: string, example: LocalizedText): AgreementTopic {
  return {
    id,
    title: { da: 'Revision undervejs', en: 'Revising along the way' },
    help: {
      da: `Skal aftalen også revideres undervejs, fx når netværket går ind i en ny fase? Datoen under «${AGREEMENT_REVIEW_TERM.da}» vælger I, når I godkender aftalen.`,
      en: `Should the agreement also be revised along the way, for instance when the network enters a new phase? You choose the date under “${AGREEMENT_REVIEW_TERM.en}” when you approve the agreement.`,
    },
    example,
    required: false,
    inferred: true,
    partOfReview: true,
  };
}

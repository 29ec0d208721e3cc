/**
 * What the date an agreement is next reviewed by is called, everywhere: the wizard, the agreement
 * page, the comparison, Overblik and the Word document.
 */
export const AGREEMENT_REVIEW_TERM = { da: 'Revideres senest', en: 'Review by' } as const;

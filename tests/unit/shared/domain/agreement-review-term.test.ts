/**
 * The date an agreement is reviewed by goes by one name in the wizard, on the agreement page, in the
 * comparison, in Overblik and in the Word document.
 */

import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../electron/services/agreements/agreement-compare';
import { agreementDocumentLabels } from '../../../../electron/services/agreements/agreement-document-labels';
import { AGREEMENT_REVIEW_TERM, agreementDefinitions } from '../../../../electron/shared/domain';
import type { Agreement } from '../../../../electron/shared/entities';
import { da } from '../../../../renderer/src/lib/i18n/messages-da';
import { en } from '../../../../renderer/src/lib/i18n/messages-en';
import { appTexts } from './app-texts';

/** Other ways of naming the same date that used to appear side by side. */
const VARIANTS = {
  da: /ses igennem|revisionsdato|revideres igen/i,
  en: /review(ed)? (again|date)|look at the agreement again/i,
};

describe('the agreement review date', () => {
  it('is called by the one term in the wizard, on the page, in Overblik and in the document', () => {
    for (const key of ['agreements.approve.reviewDate', 'agreements.view.reviewDate'] as const) {
      expect(da[key]).toBe(AGREEMENT_REVIEW_TERM.da);
      expect(en[key]).toBe(AGREEMENT_REVIEW_TERM.en);
    }
    for (const key of ['agreements.page.reviewBy', 'agreements.row.review', 'agreements.due.line'] as const) {
      expect(da[key].startsWith(`${AGREEMENT_REVIEW_TERM.da} `)).toBe(true);
      expect(en[key].startsWith(`${AGREEMENT_REVIEW_TERM.en} `)).toBe(true);
    }
    expect(agreementDocumentLabels('da').reviewBy).toBe(AGREEMENT_REVIEW_TERM.da);
    expect(agreementDocumentLabels('en').reviewBy).toBe(AGREEMENT_REVIEW_TERM.en);
  });

  it('is called the same in the comparison of two versions', () => {
    const version = {
      number: 1,
      agreedDate: '2026-01-05',
      reviewDate: '2026-06-01',
      approvedAt: '2026-01-05T10:00:00Z',
      leader: { personId: 'a', name: 'A', title: '', unit: '' },
      counterpart: { personId: 'b', name: 'B', title: '', unit: '' },
      preparation: {},
      counterpartPreparation: {},
      topics: {},
      periodFrom: '',
      periodTo: '',
    };
    const agreement = {
      id: 'x',
      createdAt: '',
      updatedAt: '',
      networkId: 'n',
      counterpart: 'codriver',
      draft: null,
      versions: [version, { ...version, number: 2, reviewDate: '2026-09-01' }],
    } satisfies Agreement;
    const row = compareVersions(agreement, 1, 2, () => undefined).rows.find((r) => r.field === 'reviewDate');
    expect(row?.label).toEqual({ da: AGREEMENT_REVIEW_TERM.da, en: AGREEMENT_REVIEW_TERM.en });
    expect(row?.changed).toBe(true);
  });

  it('has no other name anywhere in the app', () => {
    const others = appTexts().filter((t) => VARIANTS[t.lang].test(t.text));
    expect(others.map((t) => `${t.where} (${t.lang}): ${t.text}`)).toEqual([]);
  });

  it('gives the topic on revising along the way a title of its own, so no heading is repeated', () => {
    const labels = agreementDocumentLabels('da');
    for (const definition of Object.values(agreementDefinitions)) {
      const review = definition.topics.filter((topic) => topic.partOfReview === true);
      expect(review, definition.counterpart).toHaveLength(1);
      expect(review[0]?.title.da).not.toBe(labels.review);
      const titles = definition.topics.map((topic) => topic.title.da);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});

import type { AgreementDue } from '../../shared/entities';
import { daysBetween, isCalendarDate } from '../../shared/time';
import type { AppData } from '../storage/app-data';

/** How far ahead Overblik warns about a review. */
export const REVIEW_WARNING_DAYS = 30;

/**
 * Agreements whose latest agreed version is due for review within the warning window or overdue,
 * soonest first. Archived networks are left out: their agreements no longer need attention.
 */
export function dueAgreements(data: AppData, today: string): AgreementDue[] {
  const due: AgreementDue[] = [];
  for (const agreement of data.agreements) {
    const latest = agreement.versions.at(-1);
    const network = data.networks.find((n) => n.id === agreement.networkId);
    if (!latest || !network || network.archivedAt !== null || !isCalendarDate(latest.reviewDate)) continue;
    const daysLeft = daysBetween(today, latest.reviewDate);
    if (daysLeft > REVIEW_WARNING_DAYS) continue;
    due.push({
      agreementId: agreement.id,
      networkId: network.id,
      networkName: network.name,
      counterpart: agreement.counterpart,
      versionNumber: latest.number,
      reviewDate: latest.reviewDate,
      daysLeft,
      drafting: agreement.draft !== null,
    });
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft);
}

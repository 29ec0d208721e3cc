import { AppError } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { safeFileName } from '../export/safe-file-name';
import { findNetwork } from '../networks/networks-service';
import type { AppData } from '../storage/app-data';
import { type AgreementSheet, type SheetParty } from './agreement-document';
import { agreementDocumentLabels } from './agreement-document-labels';
import { findAgreement } from './agreements-service';

type ExportInput = ValidInputOf<'agreements:export'>;

/**
 * The default file name: title and network, then the version. A long name is shortened in the
 * middle, so "– Version 3" always survives and two versions never share a name.
 */
export function agreementFileName(
  title: string,
  sheet: Pick<AgreementSheet, 'networkName' | 'draft' | 'number' | 'lang'>,
  ext = 'docx',
): string {
  const labels = agreementDocumentLabels(sheet.lang);
  const version = sheet.draft ? labels.draftOf(sheet.number) : labels.versionLine(sheet.number);
  return safeFileName(`${title} – ${sheet.networkName}`, ext, ` – ${version}`);
}

/** What the document for one export says; pure over the stored data so tests can build it directly. */
export function agreementSheet(data: AppData, input: ExportInput, now: Date): AgreementSheet {
  const agreement = findAgreement(data, input.id);
  const network = findNetwork(data, agreement.networkId);
  const lang = input.lang ?? 'da';
  const includePreparation = input.includePreparation === true;
  const includeCounterpartPreparation = input.includeCounterpartPreparation === true;
  const common = {
    counterpart: agreement.counterpart,
    networkName: network.name,
    created: now,
    lang,
    includePreparation,
    includeCounterpartPreparation,
  };
  const wanted = input.version ?? agreement.versions.at(-1)?.number;
  if (wanted !== undefined) {
    const version = agreement.versions.find((v) => v.number === wanted);
    if (!version)
      throw new AppError(
        'not-found',
        `Version ${wanted} af aftalen findes ikke.`,
        `Version ${wanted} of the agreement does not exist.`,
      );
    return {
      ...common,
      content: version,
      leader: version.leader,
      counterpartParty: version.counterpart,
      number: version.number,
      draft: false,
      agreedDate: version.agreedDate,
      reviewDate: version.reviewDate,
      author: authorOf(data, version.leader.name),
    };
  }
  const draft = agreement.draft;
  if (!draft)
    throw new AppError('not-found', 'Aftalen har intet indhold at eksportere.', 'The agreement has nothing to export.');
  const party = (id: string | null): SheetParty => {
    const person = data.people.find((p) => p.id === id);
    return person ? { name: person.name, title: person.title, unit: person.unit } : { name: '', title: '', unit: '' };
  };
  const leader = party(draft.leaderId);
  return {
    ...common,
    content: draft,
    leader,
    counterpartParty: party(draft.counterpartId),
    number: draft.number,
    draft: true,
    agreedDate: '',
    reviewDate: draft.reviewDate,
    author: authorOf(data, leader.name),
  };
}

function authorOf(data: AppData, leaderName: string): string {
  return data.profile.name.trim() !== '' ? data.profile.name : leaderName;
}

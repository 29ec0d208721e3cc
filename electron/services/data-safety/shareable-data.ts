import type { Agreement } from '../../shared/entities';
import type { OmittedPart } from '../../shared/contract/data';
import type { AppData } from '../storage/app-data';

/** What the ordinary export leaves out: what is the user's alone, and what she deleted. */
export const OMITTED_BY_DEFAULT: readonly OmittedPart[] = ['privateReflections', 'agreementPreparation', 'trash'];

/** The data as the ordinary export writes it: no private reflections, no preparation notes, no trash. */
export function shareableData(data: AppData): AppData {
  return {
    ...data,
    reflections: data.reflections.filter((r) => !r.private),
    agreements: data.agreements.map(withoutPreparation),
    trash: [],
  };
}

function withoutPreparation(agreement: Agreement): Agreement {
  return {
    ...agreement,
    draft: agreement.draft ? { ...agreement.draft, preparation: {} } : null,
    versions: agreement.versions.map((version) => ({ ...version, preparation: {} })),
  };
}

/**
 * A file that left the preparation notes out says nothing about them, so merging it must not wipe
 * the notes kept here: each incoming agreement gets this machine's notes back, version by version.
 */
export function keepLocalPreparation(local: AppData, incoming: AppData): AppData {
  const localById = new Map(local.agreements.map((a) => [a.id, a]));
  return {
    ...incoming,
    agreements: incoming.agreements.map((agreement) => {
      const mine = localById.get(agreement.id);
      if (!mine) return agreement;
      const byNumber = new Map(mine.versions.map((v) => [v.number, v.preparation]));
      return {
        ...agreement,
        draft:
          agreement.draft && mine.draft?.number === agreement.draft.number
            ? { ...agreement.draft, preparation: { ...mine.draft.preparation } }
            : agreement.draft,
        versions: agreement.versions.map((v) => ({ ...v, preparation: { ...(byNumber.get(v.number) ?? {}) } })),
      };
    }),
  };
}

import type { Letterhead } from '../../electron/shared/documents/document-model';

/** The network most samples are about. */
export const SAMPLE_NETWORK = 'Flere unge i job og uddannelse';

/** The sample municipality, as a user would fill it in under Indstillinger. */
export const SAMPLE_SENDER = { organisation: 'Eksempel Kommune', department: 'Børn og Unge' } as const;

/** The sample letterhead for a document about `network`. */
export function sampleLetterhead(network: string): Letterhead {
  return { ...SAMPLE_SENDER, network };
}

/**
 * The five kinds of document the app writes, one realistic sample each, as the document inspector
 * test and `npm run docs:render` use them: agenda, referat, an agreement in its third version, a
 * long journal extract and a role handout. Each holds a link, and names the network it is about.
 */
import type { DocSample } from './doc-sample';
import { agreementVersion3Sample } from './agreement-sample';
import { meetingAgendaSample, meetingMinutesSample } from './meeting-samples';
import { JOURNAL_NETWORK, longReflectionJournalSample } from './reflection-journal-sample';
import { roleHandoutSample } from './role-handout-sample';
import { SAMPLE_NETWORK } from './sample-letterhead';

export { SAMPLE_SENDER } from './sample-letterhead';

/** A kind of document with what its header must name and one link it must hold. */
export interface DocumentKind extends DocSample {
  network: string;
  expectedLink: string;
}

export const documentKinds: DocumentKind[] = [
  { ...meetingAgendaSample, network: SAMPLE_NETWORK, expectedLink: 'https://moede.kommune.example/rum/unge' },
  {
    ...meetingMinutesSample,
    network: SAMPLE_NETWORK,
    expectedLink: 'https://moede.kommune.example/rum/unge',
  },
  {
    ...agreementVersion3Sample,
    network: SAMPLE_NETWORK,
    expectedLink: 'mailto:peter.oestergaard@kommune.example',
  },
  {
    ...longReflectionJournalSample,
    network: JOURNAL_NETWORK,
    expectedLink: 'https://www.kora.example/netvaerk',
  },
  { ...roleHandoutSample, network: SAMPLE_NETWORK, expectedLink: 'mailto:jonas.bech@kommune.example' },
];

import type { DocSample } from './doc-sample';
import { pipelineSample } from './pipeline-sample';
import { longReflectionJournalSample, reflectionJournalSample } from './reflection-journal-sample';
import { meetingAgendaSample, meetingMinutesSample } from './meeting-samples';
import {
  agreementSample,
  agreementVersion3Sample,
  agreementWithPreparationSample,
  codriverSideSample,
} from './agreement-sample';
import { roleHandoutLeaderEnSample, roleHandoutSample } from './role-handout-sample';

export type { DocSample } from './doc-sample';
export { documentKinds } from './document-kinds';

/** Every sample document, rendered by scripts/docs-render.ts; each export adds its own here. */
export const docSamples: DocSample[] = [
  pipelineSample,
  agreementSample,
  agreementVersion3Sample,
  agreementWithPreparationSample,
  codriverSideSample,
  meetingAgendaSample,
  meetingMinutesSample,
  roleHandoutSample,
  roleHandoutLeaderEnSample,
  reflectionJournalSample,
  longReflectionJournalSample,
];

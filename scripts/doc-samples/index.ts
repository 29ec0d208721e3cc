import type { DocSample } from './doc-sample';
import { pipelineSample } from './pipeline-sample';
import { reflectionJournalSample } from './reflection-journal-sample';
import { meetingAgendaSample, meetingMinutesSample } from './meeting-samples';
import { agreementSample, agreementWithPreparationSample, codriverSideSample } from './agreement-sample';
import { roleHandoutLeaderEnSample, roleHandoutSample } from './role-handout-sample';

export type { DocSample } from './doc-sample';

/** Every sample document, rendered by scripts/docs-render.ts; each export adds its own here. */
export const docSamples: DocSample[] = [
  pipelineSample,
  agreementSample,
  agreementWithPreparationSample,
  codriverSideSample,
  meetingAgendaSample,
  meetingMinutesSample,
  roleHandoutSample,
  roleHandoutLeaderEnSample,
  reflectionJournalSample,
];

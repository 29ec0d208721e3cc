import type { DocSample } from './doc-sample';
import { pipelineSample } from './pipeline-sample';

export type { DocSample } from './doc-sample';

/** Every sample document, rendered by scripts/docs-render.ts; each export adds its own here. */
export const docSamples: DocSample[] = [pipelineSample];

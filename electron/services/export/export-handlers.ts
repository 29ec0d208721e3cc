import type { exportChannels } from '../../shared/contract/exports';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { ExportDesk } from './export-desk';

/** Handlers for the export path: its folder, replacing a held-back file, opening what was saved. */
export function exportHandlers(ctx: ServiceContext): HandlersFor<typeof exportChannels> {
  const desk = ctx.saveDialog instanceof ExportDesk ? ctx.saveDialog : ExportDesk.around(ctx.saveDialog);
  return {
    'exports:folder': () => desk.folder(),
    'exports:choose-folder': () => desk.chooseFolder(),
    'exports:reset-folder': () => desk.resetFolder(),
    'exports:replace': ({ exportId }) => desk.replace(exportId),
    'exports:open': async ({ exportId, what }) => ({ opened: await desk.open(exportId, what) }),
  };
}

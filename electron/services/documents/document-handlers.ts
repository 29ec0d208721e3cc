import type { documentChannels } from '../../shared/contract/documents';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { exportPdf } from './document-export';
import { printView } from './print-view';

/** Handlers for the print view and the PDF export. */
export function documentHandlers(ctx: ServiceContext): HandlersFor<typeof documentChannels> {
  return {
    'documents:print-view': (request) => printView(ctx.store.data, request, ctx.clock.now()),
    'documents:export-pdf': (request) => exportPdf(ctx, request),
  };
}

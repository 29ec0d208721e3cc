import type { houseStyleChannels } from '../../shared/contract/house-style';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { houseStyleSummary, previewHouseStyle, saveHouseStyle } from './house-style-service';

/** Handlers for the documents' logo and Word template. */
export function houseStyleHandlers(ctx: ServiceContext): HandlersFor<typeof houseStyleChannels> {
  return {
    'documents:house-style': () => houseStyleSummary(ctx.store.data.houseStyle),
    'documents:preview-house-style': (change) => previewHouseStyle(ctx, change),
    'documents:save-house-style': (change) => saveHouseStyle(ctx, change),
  };
}

import type { dataChannels } from '../../shared/contract/data';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import type { Backups } from '../storage/backups';
import { DataSafetyService } from './data-safety-service';

/** Handlers for backups, restore and export/import. */
export function dataHandlers(
  ctx: ServiceContext,
  backups: Backups,
  appVersion: string,
): HandlersFor<typeof dataChannels> {
  const service = new DataSafetyService(ctx, backups, appVersion);
  return {
    'backups:list': () => service.list(),
    'backups:create': () => service.backupNow(),
    'backups:restore': ({ name }) => service.restore(name),
    'data:export': () => service.exportAll(),
    'data:import-preview': ({ content }) => service.preview(content),
    'data:import': ({ content, mode }) => service.import(content, mode),
    'data:remove-example': () => service.removeExample(),
  };
}

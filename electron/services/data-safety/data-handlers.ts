import type { dataChannels } from '../../shared/contract/data';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import type { Backups } from '../storage/backups';
import { DataSafetyService } from './data-safety-service';
import { purgeTrash } from './purge-trash';
import { TRASH_KEEP_DAYS } from '../../shared/entities';

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
    'data:export-encrypted': ({ password }) => service.exportEncrypted(password),
    'data:import-preview': ({ content, password }) => service.preview(content, password),
    'data:import': ({ content, mode, password }) => service.import(content, mode, password),
    'data:trash-status': () => ({ count: ctx.store.data.trash.length, keepDays: TRASH_KEEP_DAYS }),
    'data:empty-trash': () => purgeTrash(ctx.store, backups, ctx.clock, 'all'),
    'data:remove-example': () => service.removeExample(),
  };
}

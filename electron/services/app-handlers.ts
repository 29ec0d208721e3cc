import type { AppInfo, appChannels } from '../shared/contract/app';
import type { HandlersFor, HostFacts } from './handlers';
import { ProfileService } from './profile-service';
import type { ServiceContext } from './service-context';

/** Handlers for app facts, start-up notices and the profile. */
export function appHandlers(ctx: ServiceContext, host: HostFacts): HandlersFor<typeof appChannels> {
  const profile = new ProfileService(ctx);
  let notices = [...host.notices];
  return {
    'app:info': (): AppInfo => ({
      version: host.version,
      schemaVersion: ctx.store.data.schemaVersion,
      dataFolder: host.dataFolder,
      dataFile: ctx.store.file,
      notices,
      readOnly: ctx.store.readOnly,
      canSavePdf: ctx.printToPdf !== undefined,
    }),
    'app:storage-status': () => host.status(),
    'app:open-anyway': () => host.openAnyway(),
    'app:open-data-folder': async () => ({ opened: await host.openFolder(host.dataFolder) }),
    'app:dismiss-notice': ({ id }) => {
      notices = notices.filter((n) => n.id !== id);
      return notices;
    },
    'profile:get': () => profile.get(),
    'profile:update': (input) => profile.update(input),
  };
}

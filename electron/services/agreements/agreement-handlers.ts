import type { agreementChannels } from '../../shared/contract/agreements';
import { todayInCopenhagen } from '../../shared/time';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { compareVersions } from './agreement-compare';
import { dueAgreements } from './agreement-due';
import { exportWord } from '../documents/document-export';
import { AgreementsService, findAgreement, lookup } from './agreements-service';

/** Handlers for the agreements channels. */
export function agreementHandlers(ctx: ServiceContext): HandlersFor<typeof agreementChannels> {
  const agreements = new AgreementsService(ctx);
  return {
    'agreements:list': ({ networkId }) => agreements.list(networkId),
    'agreements:get': ({ id }) => agreements.get(id),
    'agreements:start': (input) => agreements.start(input),
    'agreements:update-draft': (input) => agreements.updateDraft(input),
    'agreements:go-to-step': (input) => agreements.goToStep(input),
    'agreements:approve': ({ id }) => agreements.approve(id),
    'agreements:edit': ({ id }) => agreements.edit(id),
    'agreements:discard-draft': ({ id }) => agreements.discardDraft(id),
    'agreements:compare': ({ id, from, to }) =>
      compareVersions(findAgreement(ctx.store.data, id), from, to, lookup(ctx.store.data)),
    'agreements:due': () => dueAgreements(ctx.store.data, todayInCopenhagen(ctx.clock.now())),
    'agreements:export': (input) => exportWord(ctx, { kind: 'agreement', ...input }),
  };
}

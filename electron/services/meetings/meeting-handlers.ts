import type { meetingChannels } from '../../shared/contract/meetings';
import { todayInCopenhagen } from '../../shared/time';
import type { HandlersFor } from '../handlers';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import { AgendaService } from './agenda-service';
import { exportWord } from '../documents/document-export';
import { MeetingExportService } from './meeting-export';
import { decisionRegister, openActions } from './meeting-queries';
import { MeetingsService } from './meetings-service';
import { OpsamlingService } from './opsamling-service';
import { findNetwork } from '../networks/networks-service';

/** Handlers for the meetings channels. */
export function meetingHandlers(ctx: ServiceContext): HandlersFor<typeof meetingChannels> {
  const meetings = new MeetingsService(ctx);
  const agenda = new AgendaService(ctx);
  const opsamling = new OpsamlingService(ctx);
  const exports = new MeetingExportService(ctx);
  return {
    'meetings:list': (input) => meetings.list(input),
    'meetings:list-templates': () => meetings.listTemplates(),
    'meetings:get': ({ id }) => meetings.get(id),
    'meetings:create': (input) => meetings.create(input),
    'meetings:carry-forward-candidates': (input) => meetings.carryForwardCandidates(input),
    'meetings:update': (input) => meetings.update(input),
    'meetings:delete': ({ id }) => meetings.delete(id),
    'meetings:undo-delete': ({ trashId }) => meetings.undoDelete(trashId),
    'meetings:duplicate': (input) => meetings.duplicate(input),
    'meetings:save-as-template': (input) => meetings.saveAsTemplate(input),
    'meetings:add-participant': (input) => opsamling.addParticipant(input),
    'meetings:update-participant': (input) => opsamling.updateParticipant(input),
    'meetings:remove-participant': (input) => opsamling.removeParticipant(input),
    'meetings:add-agenda-item': (input) => agenda.addItem(input),
    'meetings:update-agenda-item': (input) => agenda.updateItem(input),
    'meetings:move-agenda-item': (input) => agenda.moveItem(input),
    'meetings:set-agenda-minutes': (input) => agenda.setMinutes(input),
    'meetings:remove-agenda-item': (input) => agenda.removeItem(input),
    'meetings:add-decision': (input) => opsamling.addDecision(input),
    'meetings:update-decision': (input) => opsamling.updateDecision(input),
    'meetings:remove-decision': (input) => opsamling.removeDecision(input),
    'meetings:add-action': (input) => opsamling.addAction(input),
    'meetings:update-action': (input) => opsamling.updateAction(input),
    'meetings:remove-action': (input) => opsamling.removeAction(input),
    'meetings:open-actions': () => snapshot(openActions(ctx.store.data, todayInCopenhagen(ctx.clock.now()))),
    'meetings:decision-register': ({ networkId, query }) => {
      findNetwork(ctx.store.data, networkId);
      return snapshot(decisionRegister(ctx.store.data, networkId, query));
    },
    'meetings:export-agenda': (input) => exportWord(ctx, { kind: 'agenda', ...input }),
    'meetings:export-minutes': (input) => exportWord(ctx, { kind: 'minutes', ...input }),
    'meetings:export-ics': ({ id, ...choice }) => exports.exportIcs(id, choice),
  };
}

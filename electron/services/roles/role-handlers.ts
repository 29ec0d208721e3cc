import type { roleChannels } from '../../shared/contract/roles';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { PhasesService } from './phases-service';
import { exportWord } from '../documents/document-export';

/** Handlers for the phase tracker and the role handout. */
export function roleHandlers(ctx: ServiceContext): HandlersFor<typeof roleChannels> {
  const phases = new PhasesService(ctx);
  return {
    'phases:set-item-done': (input) => phases.setItemDone(input),
    'phases:add-item': (input) => phases.addItem(input),
    'phases:remove-item': (input) => phases.removeItem(input),
    'phases:set-note': (input) => phases.setNote(input),
    'phases:move': (input) => phases.move(input),
    'roles:export-handout': (input) => exportWord(ctx, { kind: 'role-handout', ...input }),
  };
}

import type { peopleChannels } from '../../shared/contract/people';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { PeopleService } from './people-service';

/** Handlers for the people list. */
export function peopleHandlers(ctx: ServiceContext): HandlersFor<typeof peopleChannels> {
  const people = new PeopleService(ctx);
  return {
    'people:list': () => people.list(),
    'people:create': (input) => people.create(input),
    'people:update': (input) => people.update(input),
    'people:delete': ({ id }) => people.delete(id),
    'people:undo-delete': ({ trashId }) => people.undoDelete(trashId),
  };
}

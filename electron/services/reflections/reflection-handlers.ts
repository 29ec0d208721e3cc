import type { reflectionChannels } from '../../shared/contract/reflections';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { PromptSettingsService } from './prompt-settings-service';
import { exportReflections } from './reflection-export';
import { ReflectionsService } from './reflections-service';

/** Handlers for the reflection journal and its guiding questions. */
export function reflectionHandlers(ctx: ServiceContext): HandlersFor<typeof reflectionChannels> {
  const reflections = new ReflectionsService(ctx);
  const prompts = new PromptSettingsService(ctx);
  return {
    'reflections:summaries': (filter) => reflections.summaries(filter),
    'reflections:find': (filter) => reflections.find(filter),
    'reflections:get': ({ id }) => reflections.get(id),
    'reflections:create': (draft) => reflections.create(draft),
    'reflections:create-for-meeting': ({ meetingId }) => reflections.createForMeeting(meetingId),
    'reflections:update': (input) => reflections.update(input),
    'reflections:set-answer': (input) => reflections.setAnswer(input),
    'reflections:delete': ({ id }) => reflections.delete(id),
    'reflections:undo-delete': ({ trashId }) => reflections.undoDelete(trashId),
    'reflections:tags': () => reflections.tags(),
    'reflections:prompt-settings': () => prompts.get(),
    'reflections:hide-prompt': (input) => prompts.hide(input),
    'reflections:choose-themes': (input) => prompts.chooseThemes(input),
    'reflections:add-prompt': (input) => prompts.add(input),
    'reflections:remove-prompt': ({ promptId }) => prompts.remove(promptId),
    'reflections:export': (request) => exportReflections(ctx, request),
  };
}

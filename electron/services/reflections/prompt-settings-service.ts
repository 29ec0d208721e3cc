import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { reflectionPrompts, reflectionThemes } from '../../shared/domain/reflection-prompts';
import type { ReflectionPromptSettings } from '../../shared/entities';
import type { AppData } from '../storage/app-data';
import { reflectionPromptSettingsSchema } from '../../shared/entities';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';

/** Where own prompt ids start, so they never collide with the shipped ids. */
export const OWN_PROMPT_PREFIX = 'egen-';

/**
 * The writer's settings as stored, or empty ones. Read leniently: the file check does not cover
 * this optional value, so a damaged one means "nothing hidden, nothing added" rather than a crash.
 */
export function readPromptSettings(data: AppData): ReflectionPromptSettings {
  const parsed = v.safeParse(reflectionPromptSettingsSchema, data.reflectionPrompts);
  return parsed.success ? parsed.output : { hiddenPromptIds: [], ownPrompts: [], themeIds: [] };
}

/** Which guiding questions the writer sees: hides shipped ones, adds and removes their own. */
export class PromptSettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The current settings. */
  get(): ReflectionPromptSettings {
    return snapshot(readPromptSettings(this.ctx.store.data));
  }

  /** Hides a shipped question from now on, or shows it again. */
  hide({ promptId, hidden }: ValidInputOf<'reflections:hide-prompt'>): Promise<ReflectionPromptSettings> {
    return this.#change((settings) => {
      if (!reflectionPrompts.some((p) => p.id === promptId)) throw notFound('Spørgsmålet', 'The question');
      const others = settings.hiddenPromptIds.filter((id) => id !== promptId);
      settings.hiddenPromptIds = hidden ? [...others, promptId] : others;
    });
  }

  /** Picks the themes the entries suggest questions from; an empty list means every theme. */
  chooseThemes({ themeIds }: ValidInputOf<'reflections:choose-themes'>): Promise<ReflectionPromptSettings> {
    return this.#change((settings) => {
      settings.themeIds = reflectionThemes.map((theme) => theme.id).filter((id) => themeIds.includes(id));
    });
  }

  /** Adds an own question. */
  add({ kind, text }: ValidInputOf<'reflections:add-prompt'>): Promise<ReflectionPromptSettings> {
    return this.#change((settings) => {
      settings.ownPrompts.push({ id: `${OWN_PROMPT_PREFIX}${randomUUID()}`, kind, text });
    });
  }

  /** Removes an own question. */
  remove(promptId: string): Promise<ReflectionPromptSettings> {
    return this.#change((settings) => {
      if (!settings.ownPrompts.some((p) => p.id === promptId)) throw notFound('Spørgsmålet', 'The question');
      settings.ownPrompts = settings.ownPrompts.filter((p) => p.id !== promptId);
    });
  }

  // Edits a copy, so a check that throws inside `edit` leaves the stored settings untouched.
  #change(edit: (settings: ReflectionPromptSettings) => void): Promise<ReflectionPromptSettings> {
    return this.ctx.store.mutate((data) => {
      const settings = snapshot(readPromptSettings(data));
      edit(settings);
      data.reflectionPrompts = settings;
      return snapshot(settings);
    });
  }
}

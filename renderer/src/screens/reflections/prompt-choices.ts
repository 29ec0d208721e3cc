import {
  promptsForReflection,
  reflectionPrompts,
  reflectionThemes,
  suggestedPrompts,
} from '$shared/domain/reflection-prompts';
import type { ReflectionTheme, ReflectionThemeId } from '$shared/domain/types';
import type { Reflection, ReflectionPromptSettings } from '$shared/entities';

/** One question the writer may answer, in the interface language. */
export interface PromptChoice {
  id: string;
  question: string;
  /** True for the app's own questions, which can be hidden; the writer's own are managed elsewhere. */
  shipped: boolean;
}

/** Questions offered under one heading (a theme, or the writer's own). */
export interface PromptGroup {
  key: ReflectionThemeId | 'egne';
  title: string;
  prompts: PromptChoice[];
}

/** The questions for an entry's kind: shipped ones not hidden, grouped by theme, then the writer's own. */
export function promptGroups(
  entry: Reflection,
  settings: ReflectionPromptSettings,
  lang: 'da' | 'en',
  ownTitle: string,
): PromptGroup[] {
  const hidden = new Set(settings.hiddenPromptIds);
  const shipped = promptsForReflection(entry.kind).filter((p) => !hidden.has(p.id));
  const groups: PromptGroup[] = reflectionThemes
    .map((theme) => ({
      key: theme.id,
      title: theme.name[lang],
      prompts: shipped
        .filter((p) => p.themeId === theme.id)
        .map((p) => ({ id: p.id, question: p.text[lang], shipped: true })),
    }))
    .filter((group) => group.prompts.length > 0);
  const own = settings.ownPrompts
    .filter((p) => p.kind === 'begge' || p.kind === entry.kind)
    .map((p) => ({ id: p.id, question: p.text, shipped: false }));
  if (own.length > 0) groups.push({ key: 'egne', title: ownTitle, prompts: own });
  return groups;
}

/** The few questions an entry suggests first, from the writer's themes and moved on by its date. */
export function suggestedChoices(
  entry: Reflection,
  settings: ReflectionPromptSettings,
  lang: 'da' | 'en',
): PromptChoice[] {
  return suggestedPrompts(entry.kind, entry.date, settings.themeIds, settings.hiddenPromptIds).map((p) => ({
    id: p.id,
    question: p.text[lang],
    shipped: true,
  }));
}

/** The themes that have questions for an entry's kind, so the writer only picks among those. */
export function themesFor(entry: Reflection): ReflectionTheme[] {
  return reflectionThemes.filter((theme) => promptsForReflection(entry.kind, theme.id).length > 0);
}

/** The question text for an answer: shipped in the current language, else the writer's own, else as stored. */
export function questionFor(
  promptId: string,
  entry: Reflection,
  settings: ReflectionPromptSettings,
  lang: 'da' | 'en',
): string {
  const shipped = reflectionPrompts.find((p) => p.id === promptId);
  if (shipped) return shipped.text[lang];
  const own = settings.ownPrompts.find((p) => p.id === promptId);
  return own?.text ?? entry.answers.find((a) => a.promptId === promptId)?.question ?? '';
}

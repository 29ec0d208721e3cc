import type { ReflectionKind, ReflectionPromptKind } from '../domain/types';
import type { BaseRecord } from './core';

/** The answer the writer gave to one guiding question; a skipped question has no answer. */
export interface ReflectionAnswer {
  /** A shipped prompt's id or an own prompt's id. */
  promptId: string;
  /** The question as it read when answered, so the entry still makes sense if the prompt is later removed. */
  question: string;
  text: string;
}

/** A co-driver's reflection entry: before a meeting, after it, or free. */
export interface Reflection extends BaseRecord {
  networkId: string | null;
  meetingId: string | null;
  kind: ReflectionKind;
  /** YYYY-MM-DD: the day the entry is about. */
  date: string;
  title: string;
  /** Free text in the journal's small markup (paragraphs, **bold**, *italic*, "- " bullets). */
  body: string;
  answers: ReflectionAnswer[];
  tags: string[];
  /** 1–5, null when not rated. */
  energy: number | null;
  /** 1–5, null when not rated. */
  progress: number | null;
  /** A private entry never leaves the laptop: no export includes it. */
  private: boolean;
  /** True when the writer chose to write freely without the guiding questions. */
  promptsHidden: boolean;
}

/** A guiding question the co-driver wrote themselves. */
export interface OwnReflectionPrompt {
  id: string;
  kind: ReflectionPromptKind;
  text: string;
}

/** The co-driver's own choice of guiding questions, kept beside the entries. */
export interface ReflectionPromptSettings {
  /** Shipped prompts the writer does not want to see. */
  hiddenPromptIds: string[];
  ownPrompts: OwnReflectionPrompt[];
}

/** Lowest and highest point on the energy and progress scales. */
export const REFLECTION_SCALE = { min: 1, max: 5 } as const;

/** The most tags one entry can carry; more would stop being a filter. */
export const REFLECTION_MAX_TAGS = 20;

/** The longest tag. */
export const REFLECTION_TAG_MAX = 60;

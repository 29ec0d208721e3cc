import * as v from 'valibot';
import { REFLECTION_KINDS, reflectionThemes } from '../domain/reflection-prompts';
import type { Reflection, ReflectionPromptSettings, ReflectionSummary, TrashEntry } from '../entities';
import {
  OWN_PROMPT_MAX,
  promptIdField,
  REFLECTION_MAX_TAGS,
  REFLECTION_PROMPT_KINDS_FIELD,
  REFLECTION_TAG_MAX,
  scaleField,
} from '../entities/reflection';
import { channel } from './channel';
import { idField, longText, noInput, optionalDate, shortText } from './fields';
import type { ExportResult } from './exports';

/** What an export did: the saved file (or a cancel) and how many entries went in or were held back as private. */
export type ReflectionExportResult = ExportResult & {
  exportedCount: number;
  skippedPrivate: number;
};

const kindField = v.picklist(REFLECTION_KINDS);
// Inputs trim a tag before the stored tag's own check.
const tagField = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(REFLECTION_TAG_MAX));
const tagsField = v.pipe(v.array(tagField), v.maxLength(REFLECTION_MAX_TAGS));

const reflectionFields = {
  kind: kindField,
  networkId: v.nullable(idField),
  meetingId: v.nullable(idField),
  date: v.pipe(optionalDate, v.minLength(1)),
  title: shortText,
  body: longText,
  tags: tagsField,
  energy: scaleField,
  progress: scaleField,
  private: v.boolean(),
  promptsHidden: v.boolean(),
};

/** The filters the journal offers; every one is optional and they narrow together. */
export const ReflectionFilterSchema = v.strictObject({
  networkId: v.optional(idField),
  meetingId: v.optional(idField),
  kind: v.optional(kindField),
  tag: v.optional(tagField),
  from: v.optional(optionalDate),
  to: v.optional(optionalDate),
  query: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** Channels for the co-driver's reflection journal and its guiding questions. */
export const reflectionChannels = {
  'reflections:summaries': channel<ReflectionSummary[]>()({
    input: ReflectionFilterSchema,
    mutates: false,
    doc: 'Entries matching the filters, newest day first, each with a short preview instead of its whole text (what the journal lists).',
  }),
  'reflections:find': channel<string[]>()({
    input: ReflectionFilterSchema,
    mutates: false,
    doc: 'Ids of the entries matching the filters and the search words, newest day first (the journal search).',
  }),
  'reflections:get': channel<Reflection>()({
    input: v.strictObject({ id: idField }),
    mutates: false,
    doc: 'One entry by id.',
  }),
  'reflections:create': channel<Reflection>()({
    input: v.strictObject({ ...v.partial(v.strictObject(reflectionFields)).entries, kind: kindField }),
    mutates: true,
    doc: 'Starts a new entry of a kind; the date defaults to today.',
  }),
  'reflections:create-for-meeting': channel<Reflection>()({
    input: v.strictObject({ meetingId: idField }),
    mutates: true,
    doc: 'Starts an entry linked to a meeting and its network: before or after, by the meeting time.',
  }),
  'reflections:update': channel<Reflection>()({
    input: v.strictObject({ id: idField, patch: v.partial(v.strictObject(reflectionFields)) }),
    mutates: true,
    doc: 'Changes some fields of an entry (autosave sends them as the writer types).',
  }),
  'reflections:set-answer': channel<Reflection>()({
    input: v.strictObject({ id: idField, promptId: promptIdField, text: longText }),
    mutates: true,
    doc: 'Saves the answer to one guiding question; an empty answer means the question is skipped.',
  }),
  'reflections:delete': channel<TrashEntry>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Deletes an entry; it stays in the trash so the delete can be undone.',
  }),
  'reflections:undo-delete': channel<Reflection>()({
    input: v.strictObject({ trashId: idField }),
    mutates: true,
    doc: 'Puts a deleted entry back from the trash.',
  }),
  'reflections:tags': channel<string[]>()({
    input: noInput,
    mutates: false,
    doc: 'Every tag in use, sorted the Danish way, for the tag filter.',
  }),
  'reflections:prompt-settings': channel<ReflectionPromptSettings>()({
    input: noInput,
    mutates: false,
    doc: 'Which shipped questions are hidden, and the questions the writer added.',
  }),
  'reflections:hide-prompt': channel<ReflectionPromptSettings>()({
    input: v.strictObject({ promptId: promptIdField, hidden: v.boolean() }),
    mutates: true,
    doc: 'Hides a shipped question from new entries, or shows it again.',
  }),
  'reflections:choose-themes': channel<ReflectionPromptSettings>()({
    input: v.strictObject({
      themeIds: v.pipe(v.array(v.picklist(reflectionThemes.map((theme) => theme.id))), v.maxLength(40)),
    }),
    mutates: true,
    doc: 'Picks the themes entries suggest questions from; none means every theme.',
  }),
  'reflections:add-prompt': channel<ReflectionPromptSettings>()({
    input: v.strictObject({
      kind: REFLECTION_PROMPT_KINDS_FIELD,
      text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(OWN_PROMPT_MAX)),
    }),
    mutates: true,
    doc: 'Adds an own guiding question for before, after or both.',
  }),
  'reflections:remove-prompt': channel<ReflectionPromptSettings>()({
    input: v.strictObject({ promptId: promptIdField }),
    mutates: true,
    doc: 'Removes an own question; answers already written keep the question text.',
  }),
  'reflections:export': channel<ReflectionExportResult>()({
    input: v.strictObject({
      ids: v.optional(v.pipe(v.array(idField), v.maxLength(5000))),
      from: v.optional(optionalDate),
      to: v.optional(optionalDate),
      lang: v.optional(v.picklist(['da', 'en'])),
    }),
    mutates: false,
    doc: 'Writes chosen entries, or a period, to a Word file; private entries are always left out.',
  }),
};

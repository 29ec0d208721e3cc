import * as v from 'valibot';

// Each feature owns the check of its own records; records keep unknown keys (loose) so nothing is dropped.
const record = { id: v.string(), createdAt: v.string(), updatedAt: v.string() };

/** What a stored meeting must look like: the fields the planner, Overblik and the exports rely on. */
export const meetingSchema = v.looseObject({
  ...record,
  networkId: v.string(),
  title: v.string(),
  date: v.string(),
  startTime: v.string(),
  durationMinutes: v.number(),
  status: v.picklist(['planned', 'held', 'cancelled']),
  participants: v.array(
    v.looseObject({
      id: v.string(),
      personId: v.nullable(v.string()),
      name: v.string(),
      email: v.string(),
      attendance: v.string(),
    }),
  ),
  agenda: v.array(
    v.looseObject({
      id: v.string(),
      title: v.string(),
      kind: v.string(),
      minutes: v.number(),
      responsibleId: v.nullable(v.string()),
      // Added after version 2 files were written: read as empty when missing.
      participantNotes: v.optional(v.string(), ''),
    }),
  ),
  decisions: v.array(v.looseObject({ id: v.string(), text: v.string(), agendaItemId: v.nullable(v.string()) })),
  actions: v.array(
    v.looseObject({
      id: v.string(),
      text: v.string(),
      ownerId: v.nullable(v.string()),
      dueDate: v.string(),
      done: v.boolean(),
      agendaItemId: v.optional(v.nullable(v.string()), null),
    }),
  ),
  minutesTakerId: v.optional(v.nullable(v.string()), null),
  isTemplate: v.boolean(),
});

/** What a stored reflection must look like; `private` is checked strictly since exports rely on it. */
export const reflectionSchema = v.looseObject({
  ...record,
  networkId: v.nullable(v.string()),
  meetingId: v.nullable(v.string()),
  kind: v.picklist(['foer', 'efter', 'fri']),
  date: v.string(),
  title: v.string(),
  body: v.string(),
  answers: v.array(v.looseObject({ promptId: v.string(), question: v.string(), text: v.string() })),
  tags: v.array(v.string()),
  energy: v.nullable(v.number()),
  progress: v.nullable(v.number()),
  private: v.boolean(),
  promptsHidden: v.boolean(),
});

/** The reflection journal's question preferences, read leniently: a damaged value falls back to none. */
export const reflectionPromptSettingsSchema = v.object({
  hiddenPromptIds: v.array(v.string()),
  ownPrompts: v.array(v.object({ id: v.string(), kind: v.picklist(['foer', 'efter', 'begge']), text: v.string() })),
});

const agreementTexts = {
  preparation: v.record(v.string(), v.string()),
  topics: v.record(v.string(), v.string()),
  periodFrom: v.string(),
  periodTo: v.string(),
};
const agreementParty = v.looseObject({ personId: v.string(), name: v.string(), title: v.string(), unit: v.string() });

/** What a stored agreement must look like: the draft being written and the frozen versions. */
export const agreementSchema = v.looseObject({
  ...record,
  networkId: v.string(),
  counterpart: v.picklist(['referenceleder', 'personaleleder', 'codriver']),
  draft: v.nullable(
    v.looseObject({
      ...agreementTexts,
      number: v.number(),
      step: v.picklist([1, 2, 3, 4, 5]),
      leaderId: v.nullable(v.string()),
      counterpartId: v.nullable(v.string()),
      agreedDate: v.string(),
      reviewDate: v.string(),
    }),
  ),
  versions: v.array(
    v.looseObject({
      ...agreementTexts,
      number: v.number(),
      agreedDate: v.string(),
      reviewDate: v.string(),
      approvedAt: v.string(),
      leader: agreementParty,
      counterpart: agreementParty,
    }),
  ),
});

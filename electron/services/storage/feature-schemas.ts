import * as v from 'valibot';

// Each feature owns the check of its own records; records keep unknown keys (loose) so nothing is dropped.
const record = { id: v.string(), createdAt: v.string(), updatedAt: v.string() };

/** What a stored meeting must look like. */
export const meetingSchema = v.looseObject({ ...record, networkId: v.string() });

/** What a stored reflection must look like. */
export const reflectionSchema = v.looseObject({ ...record, networkId: v.nullable(v.string()) });

/** What a stored agreement must look like. */
export const agreementSchema = v.looseObject({ ...record, networkId: v.string() });

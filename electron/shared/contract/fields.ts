import * as v from 'valibot';

// The field schemas and limits are the stored records' own (entities/fields.ts), so an input can
// never accept what the data-file check would refuse.
export {
  idField,
  LONG_TEXT_MAX,
  longText,
  optionalDate,
  optionalEmail,
  optionalPhone,
  requiredShortText,
  SHORT_TEXT_MAX,
  shortText,
} from '../entities/fields';

/** The empty input of channels that take no arguments. */
export const noInput = v.strictObject({});

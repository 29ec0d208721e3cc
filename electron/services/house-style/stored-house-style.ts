import * as v from 'valibot';

/** The largest stored logo's base64 text: a checked logo is at most 512 kB (logo-image.ts). */
const LOGO_BASE64_MAX = 700_000;
/** The largest stored styles part: far above any real template's, far below a memory problem. */
const STYLES_XML_MAX = 8_000_000;

/**
 * What the data file keeps of the house style besides the profile's texts: the logo as checked
 * bytes (base64) with its format and size in pixels, and the template as read (styles and theme),
 * not as the file, so nothing of it but styles reaches a document. Both live in the data file, so
 * they are encrypted, journaled and backed up like every other record.
 */
export const houseStyleSchema = v.looseObject({
  logo: v.optional(
    v.looseObject({
      /** The file name it was chosen as, for the settings page. */
      name: v.optional(v.pipe(v.string(), v.maxLength(255)), ''),
      type: v.picklist(['png', 'jpg']),
      dataBase64: v.pipe(v.string(), v.maxLength(LOGO_BASE64_MAX)),
      width: v.number(),
      height: v.number(),
    }),
  ),
  template: v.optional(
    v.looseObject({
      name: v.string(),
      stylesXml: v.pipe(v.string(), v.maxLength(STYLES_XML_MAX)),
      theme: v.nullable(v.record(v.string(), v.unknown())),
      styleIds: v.array(v.string()),
    }),
  ),
});

/** The house style as stored. */
export type StoredHouseStyle = v.InferOutput<typeof houseStyleSchema>;
/** The logo as stored. */
export type StoredLogo = NonNullable<StoredHouseStyle['logo']>;
/** The template as stored. */
export type StoredTemplate = NonNullable<StoredHouseStyle['template']>;

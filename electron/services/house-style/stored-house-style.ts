import * as v from 'valibot';

/** The logo as stored: checked bytes (base64) with their format and size in pixels. */
export interface StoredLogo {
  type: 'png' | 'jpg';
  dataBase64: string;
  width: number;
  height: number;
}

/**
 * What the data file keeps of the house style besides the profile's texts. The template is kept
 * as read (styles and theme), not as the file, so nothing of it but styles reaches a document.
 */
export interface StoredHouseStyle {
  logo?: StoredLogo;
  template?: {
    name: string;
    stylesXml: string;
    theme: Record<string, unknown> | null;
    styleIds: string[];
  };
}

/** How a stored house style must look to be trusted. */
export const houseStyleSchema = v.looseObject({
  logo: v.optional(
    v.looseObject({
      type: v.picklist(['png', 'jpg']),
      dataBase64: v.string(),
      width: v.number(),
      height: v.number(),
    }),
  ),
  template: v.optional(
    v.looseObject({
      name: v.string(),
      stylesXml: v.string(),
      theme: v.nullable(v.record(v.string(), v.unknown())),
      styleIds: v.array(v.string()),
    }),
  ),
});

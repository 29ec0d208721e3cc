import * as v from 'valibot';
import { channel } from './channel';
import type { PrintableDocument } from './documents';

// A template is at most 4 MB (word-template.ts), so its base64 is at most this long.
const FILE_BASE64_MAX = Math.ceil((4 * 1024 * 1024) / 3) * 4;

/** A file the user picked, as its name and its bytes in base64; the services check what it is. */
const pickedFile = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(255)),
  dataBase64: v.pipe(v.string(), v.maxLength(FILE_BASE64_MAX), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

/**
 * A change of the house style: for the logo and for the template, a new file, null to go back to
 * none, or left out to keep what is set.
 */
export const houseStyleChangeSchema = v.strictObject({
  logo: v.optional(v.nullable(pickedFile)),
  template: v.optional(v.nullable(pickedFile)),
});

/** The house style as the settings page shows it. */
export interface HouseStyleSummary {
  logo: { name: string; type: 'png' | 'jpg'; width: number; height: number; dataUrl: string } | null;
  template: {
    name: string;
    headingFont: string;
    bodyFont: string;
    accent: string;
    /** How many of the documents' own styles (Title, Heading 1, …) the template sets, and of how many. */
    stylesSet: number;
    stylesOf: number;
  } | null;
}

/** A change looked at before it is kept: what it would be, and a sample page in it. */
export interface HouseStylePreview {
  summary: HouseStyleSummary;
  sample: PrintableDocument;
}

/** Channels for the documents' logo and Word template (Indstillinger). */
export const houseStyleChannels = {
  'documents:house-style': channel<HouseStyleSummary>()({
    input: v.strictObject({}),
    mutates: false,
    doc: 'The logo and Word template every document is written with, as the settings page shows them.',
  }),
  'documents:preview-house-style': channel<HouseStylePreview>()({
    input: houseStyleChangeSchema,
    mutates: false,
    doc: 'Checks a picked logo or template and shows a sample page in it, changing nothing.',
  }),
  'documents:save-house-style': channel<HouseStyleSummary>()({
    input: houseStyleChangeSchema,
    mutates: true,
    doc: 'Checks a picked logo or template again and keeps it (or none) for every document from now on.',
  }),
};

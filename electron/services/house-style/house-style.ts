/**
 * The house style every document is written in: the sender from the profile (municipality,
 * forvaltning or unit) and the network in the header, the logo, and the municipality's own Word
 * template when one is chosen. One place decides it, so every export looks the same.
 */
import type { Letterhead } from '../../shared/documents/document-model';
import type { AppData } from '../storage/app-data';
import type { StoredHouseStyle, StoredLogo } from './stored-house-style';
import type { WordTemplate } from './word-template';

/**
 * The header of a document about `networkName` (empty for documents about no network), in the
 * stored house style or in one being looked at before it is kept.
 */
export function letterheadFor(
  data: AppData,
  networkName: string,
  houseStyle: StoredHouseStyle | undefined = data.houseStyle,
): Letterhead {
  const logo = houseStyle?.logo;
  return {
    organisation: data.profile.organisation ?? '',
    department: data.profile.department ?? '',
    network: networkName,
    ...(logo
      ? { logo: { data: base64Bytes(logo.dataBase64), type: logo.type, width: logo.width, height: logo.height } }
      : {}),
  };
}

/** The chosen template, or null for the app's own default style. */
export function houseTemplate(data: Pick<AppData, 'houseStyle'>): WordTemplate | null {
  const template = data.houseStyle?.template;
  // The theme was stored as docx's readTheme gave it when the template was chosen.
  return template ? { ...template, theme: template.theme as WordTemplate['theme'] } : null;
}

function base64Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** A logo as an image address for the print view and the settings page. */
export function logoDataUrl(logo: Pick<StoredLogo, 'type'>, base64: string): string {
  return `data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${base64}`;
}

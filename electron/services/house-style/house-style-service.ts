/**
 * Choosing the documents' logo and Word template in Indstillinger. A picked file is checked by its
 * bytes each time — when it is looked at and again when it is kept — so a bad file gets a Danish
 * reason and changes nothing. What is kept goes into the data file (encrypted, journaled and
 * backed up like every record); a change is one store write, so it is there whole or not at all.
 */
import type { HouseStylePreview, HouseStyleSummary } from '../../shared/contract/house-style';
import type { ValidInputOf } from '../../shared/contract';
import { printable, themeLook } from '../documents/print-view';
import type { ServiceContext } from '../service-context';
import { houseTemplate, letterheadFor, logoDataUrl } from './house-style';
import { checkLogo } from './logo-image';
import { sampleDocument } from './sample-document';
import type { StoredHouseStyle, StoredLogo, StoredTemplate } from './stored-house-style';
import { readWordTemplate, TEMPLATE_STYLE_IDS } from './word-template';

type Change = ValidInputOf<'documents:save-house-style'>;
type PickedFile = NonNullable<Change['logo']>;

/** The house style as the settings page shows it. */
export function houseStyleSummary(style: StoredHouseStyle | undefined): HouseStyleSummary {
  const logo = style?.logo;
  const template = style?.template;
  const look = themeLook(houseTemplate({ houseStyle: style })?.theme ?? null);
  return {
    logo: logo
      ? {
          name: logo.name,
          type: logo.type,
          width: logo.width,
          height: logo.height,
          dataUrl: logoDataUrl(logo, logo.dataBase64),
        }
      : null,
    template: template
      ? {
          name: template.name,
          ...look,
          stylesSet: TEMPLATE_STYLE_IDS.filter((id) => template.styleIds.includes(id)).length,
          stylesOf: TEMPLATE_STYLE_IDS.length,
        }
      : null,
  };
}

/** The house style a change gives, every picked file checked; throws a Danish error for a bad one. */
export async function changedHouseStyle(
  current: StoredHouseStyle | undefined,
  change: Change,
): Promise<StoredHouseStyle> {
  const logo = change.logo === undefined ? current?.logo : change.logo && checkedLogo(change.logo);
  const template =
    change.template === undefined ? current?.template : change.template && (await checkedTemplate(change.template));
  return { ...(logo ? { logo } : {}), ...(template ? { template } : {}) };
}

/** A change shown on the sample page, with nothing kept. */
export async function previewHouseStyle(ctx: ServiceContext, change: Change): Promise<HouseStylePreview> {
  const data = ctx.store.data;
  const style = await changedHouseStyle(data.houseStyle, change);
  const model = sampleDocument(
    data.profile.lang ?? 'da',
    letterheadFor(data, '', style),
    data.profile.name,
    ctx.clock.now(),
  );
  return {
    summary: houseStyleSummary(style),
    sample: printable(model, houseTemplate({ houseStyle: style })?.theme ?? null),
  };
}

/** Keeps a change for every document from now on. */
export async function saveHouseStyle(ctx: ServiceContext, change: Change): Promise<HouseStyleSummary> {
  const style = await changedHouseStyle(ctx.store.data.houseStyle, change);
  await ctx.store.mutate((data) => {
    // Read against the style as it is now, so a save that overtook this one is not undone.
    const current = data.houseStyle;
    const next = {
      ...(change.logo === undefined ? pick(current, 'logo') : pick(style, 'logo')),
      ...(change.template === undefined ? pick(current, 'template') : pick(style, 'template')),
    };
    if (next.logo || next.template) data.houseStyle = next;
    else delete data.houseStyle;
  });
  return houseStyleSummary(ctx.store.data.houseStyle);
}

function pick<K extends 'logo' | 'template'>(style: StoredHouseStyle | undefined, key: K): Partial<StoredHouseStyle> {
  const value = style?.[key];
  return value ? { [key]: value } : {};
}

function checkedLogo(file: PickedFile): StoredLogo {
  const bytes = new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
  const { type, width, height } = checkLogo(bytes);
  // Stored as the checked bytes, encoded again, so only what was checked is kept.
  return { name: file.name, type, width, height, dataBase64: Buffer.from(bytes).toString('base64') };
}

async function checkedTemplate(file: PickedFile): Promise<StoredTemplate> {
  const template = await readWordTemplate(file.name, new Uint8Array(Buffer.from(file.dataBase64, 'base64')));
  return { ...template, theme: template.theme ? { ...template.theme } : null };
}

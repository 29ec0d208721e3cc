import { sanitizeXmlText } from './sanitize-xml-text';

/** What goes into docProps/core.xml: the properties Word shows under File › Info. */
export interface CoreProperties {
  title: string;
  creator: string;
  description: string;
  language: string;
  created: Date;
}

/** Where the package keeps its core properties. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

const NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/**
 * The core properties part, written here rather than by docx because docx always stamps
 * dcterms:created with the moment of packing; a minutes document must carry the model's date.
 */
export function corePropertiesXml(props: CoreProperties): string {
  if (Number.isNaN(props.created.getTime())) throw new RangeError('Document created date is not a valid date');
  const stamp = props.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts = [
    element('dc:title', props.title),
    element('dc:creator', props.creator),
    element('dc:description', props.description),
    element('dc:language', props.language),
    element('cp:lastModifiedBy', props.creator),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties ${NAMESPACES}>${parts.join('')}</cp:coreProperties>`;
}

function element(name: string, value: string): string {
  const text = sanitizeXmlText(value).replace(/\s+/g, ' ').trim();
  return text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

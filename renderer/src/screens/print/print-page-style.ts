import type { PrintableDocument } from '$shared/contract/documents';

/**
 * The print view's page: A4, the running head and foot in the page margins ("Side 3 af 5"), and
 * the theme's fonts and accent. These depend on the document, so they go in through a
 * constructed style sheet (the CSP allows no inline style); the view removes it when it closes.
 */
export function applyPrintPageStyle(doc: PrintableDocument): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageCss(doc));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The CSS for one document; every text from the document is quoted as a CSS string. */
export function pageCss(doc: PrintableDocument): string {
  const { header, footer, look } = doc;
  return `
:root {
  --print-heading-font: ${quote(look.headingFont)}, Arial, sans-serif;
  --print-body-font: ${quote(look.bodyFont)}, Arial, sans-serif;
  --print-accent: ${/^#[0-9a-f]{6}$/i.test(look.accent) ? look.accent : '#1f5663'};
}
@page {
  size: A4;
  margin: 24mm 20mm 20mm 20mm;
  @top-left { content: ${quote(header.left)}; font: 8pt var(--print-body-font); color: #595959; }
  @top-right { content: ${quote(header.right)}; font: 8pt var(--print-body-font); color: #595959; }
  @bottom-left { content: ${quote(footer.title)}; font: 8pt var(--print-body-font); color: #595959; }
  @bottom-right {
    content: ${quote(`${footer.page} `)} counter(page) ${quote(` ${footer.of} `)} counter(pages);
    font: 8pt var(--print-body-font);
    color: #595959;
  }
}`;
}

// A CSS string: backslashes and quotes escaped, line breaks and other controls as code points.
function quote(text: string): string {
  const escaped = Array.from(text)
    .map((char) => {
      if (char === '\\' || char === '"') return `\\${char}`;
      const code = char.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f ? `\\${code.toString(16)} ` : char;
    })
    .join('');
  return `"${escaped}"`;
}

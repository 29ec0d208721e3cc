import { describe, expect, it } from 'vitest';
import { parseReflectionMarkup, plainReflectionText } from '../../../../electron/shared/entities/reflection-markup';
import { markupBlocks } from '../../../../electron/services/reflections/reflection-document';

const span = (text: string, bold = false, italic = false) => ({ text, bold, italic });

describe('the reflection markup', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(parseReflectionMarkup('Første linje\nanden linje\n\n\nNyt afsnit')).toEqual([
      { type: 'paragraph', lines: [[span('Første linje')], [span('anden linje')]] },
      { type: 'paragraph', lines: [[span('Nyt afsnit')]] },
    ]);
  });

  it('turns "- ", "* " and "• " lines into one bullet list', () => {
    expect(parseReflectionMarkup('Det tager jeg med:\n- ro\n* tid\n• **mod**')).toEqual([
      { type: 'paragraph', lines: [[span('Det tager jeg med:')]] },
      { type: 'bullets', items: [[span('ro')], [span('tid')], [span('mod', true)]] },
    ]);
  });

  it('reads bold, italic and italic inside bold', () => {
    expect(parseReflectionMarkup('Vi **turde *meget* mere** end *sidst*.')).toEqual([
      {
        type: 'paragraph',
        lines: [
          [
            span('Vi '),
            span('turde ', true),
            span('meget', true, true),
            span(' mere', true),
            span(' end '),
            span('sidst', false, true),
            span('.'),
          ],
        ],
      },
    ]);
  });

  it('leaves stray asterisks and anything that looks like HTML as literal text', () => {
    const text = '2 * 3 = 6 og ** ikke fed ** <script>alert(1)</script> <b>x</b>';
    expect(parseReflectionMarkup(text)).toEqual([{ type: 'paragraph', lines: [[span(text)]] }]);
  });

  it('gives the text without markers for previews', () => {
    expect(plainReflectionText('**Mod** er *svært*\nfor mig\n\n- men nødvendigt\n- og lærerigt')).toBe(
      'Mod er svært for mig – men nødvendigt – og lærerigt',
    );
  });

  it('becomes Word paragraphs with emphasis and line breaks, and plain bullet items', () => {
    expect(markupBlocks('Linje **et**\nlinje to\n\n- *punkt*')).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: 'Linje ' }, { text: 'et', bold: true }, { text: '\n' }, { text: 'linje to' }],
      },
      { type: 'bullets', items: ['punkt'] },
    ]);
  });
});

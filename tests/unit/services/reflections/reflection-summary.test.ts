import { describe, expect, it } from 'vitest';
import { REFLECTION_PREVIEW_LENGTH, reflectionPreview } from '../../../../electron/shared/entities';

const answer = (text: string) => ({ promptId: 'mod-efter-1', question: 'Hvad krævede mod?', text });

describe('an entry’s preview in the journal', () => {
  it('is the body and then the answers as plain text on one line', () => {
    const preview = reflectionPreview({
      body: 'Første **afsnit**.\n\n- et *punkt*\n- et til',
      answers: [answer('Svaret\nover to linjer')],
    });
    expect(preview).toBe('Første afsnit. – et punkt – et til Svaret over to linjer');
  });

  it('is empty when nothing is written, and starts with the answers when the body is blank', () => {
    expect(reflectionPreview({ body: '', answers: [] })).toBe('');
    expect(reflectionPreview({ body: '  ', answers: [answer('Kun svaret')] })).toBe('Kun svaret');
  });

  it('is cut with an ellipsis when longer than the journal shows, never longer than that', () => {
    const body = 'ord '.repeat(100);
    const preview = reflectionPreview({ body, answers: [] });
    expect(preview.endsWith(' …')).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(REFLECTION_PREVIEW_LENGTH + 2);
    expect(body.startsWith(preview.slice(0, -2))).toBe(true);
    expect(reflectionPreview({ body: 'x'.repeat(REFLECTION_PREVIEW_LENGTH), answers: [] })).toBe(
      'x'.repeat(REFLECTION_PREVIEW_LENGTH),
    );
  });
});

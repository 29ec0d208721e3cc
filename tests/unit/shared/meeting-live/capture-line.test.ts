import { describe, expect, it } from 'vitest';
import { readCaptureLine } from '../../../../electron/shared/meeting-live';

describe('the capture line', () => {
  it('reads b: as a decision, o: as a task, n: or no prefix as a note', () => {
    expect(readCaptureLine('b: Vi prøver den nye mødeform')).toEqual({
      kind: 'decision',
      text: 'Vi prøver den nye mødeform',
    });
    expect(readCaptureLine('O:Send oplægget rundt ')).toEqual({ kind: 'task', text: 'Send oplægget rundt' });
    expect(readCaptureLine('n: Husk lokalet')).toEqual({ kind: 'note', text: 'Husk lokalet' });
    expect(readCaptureLine('  Gode erfaringer fra Vest')).toEqual({ kind: 'note', text: 'Gode erfaringer fra Vest' });
  });

  it('keeps a colon later in the text as text', () => {
    expect(readCaptureLine('Status: alt kører')).toEqual({ kind: 'note', text: 'Status: alt kører' });
    expect(readCaptureLine('b: kl. 10:30 næste gang')).toEqual({ kind: 'decision', text: 'kl. 10:30 næste gang' });
  });
});

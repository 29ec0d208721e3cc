import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../renderer/src/lib/keyboard';

const press = (key: string, extra: Partial<KeyboardEvent> & { tag?: string } = {}) => {
  const { tag, ...rest } = extra;
  return commandFor({
    key,
    code: rest.code ?? '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: tag ? ({ tagName: tag, isContentEditable: false } as unknown as EventTarget) : null,
    ...rest,
  });
};

describe('keyboard commands', () => {
  it('opens search with Ctrl+K or Cmd+K, also while typing', () => {
    expect(press('k', { ctrlKey: true })).toEqual({ kind: 'search' });
    expect(press('K', { metaKey: true, tag: 'INPUT' })).toEqual({ kind: 'search' });
  });

  it('shows the help with ? but not while typing a question mark', () => {
    expect(press('?')).toEqual({ kind: 'help' });
    expect(press('?', { tag: 'TEXTAREA' })).toBeNull();
  });

  it('goes to a menu section with Alt+digit, by key position so it works on a Danish keyboard', () => {
    expect(press('¡', { altKey: true, code: 'Digit1' })).toEqual({ kind: 'section', index: 0 });
    expect(press('9', { altKey: true, code: 'Digit9' })).toEqual({ kind: 'section', index: 8 });
  });

  it('undoes with Ctrl+Z only outside text fields, where Ctrl+Z belongs to the text', () => {
    expect(press('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(press('z', { ctrlKey: true, tag: 'INPUT' })).toBeNull();
    expect(press('z', { ctrlKey: true, shiftKey: true })).toBeNull();
  });

  it('starts a new meeting or reflection', () => {
    expect(press('n', { altKey: true, code: 'KeyN' })).toEqual({ kind: 'new-meeting' });
    expect(press('r', { altKey: true, code: 'KeyR' })).toEqual({ kind: 'go', hash: '#/refleksioner/ny' });
    expect(press('n')).toBeNull();
  });

  it('hides or shows private entries with Alt+P, also while typing (she may be mid-sentence when sharing starts)', () => {
    expect(press('π', { altKey: true, code: 'KeyP' })).toEqual({ kind: 'hide-private' });
    expect(press('p', { altKey: true, code: 'KeyP', tag: 'TEXTAREA' })).toEqual({ kind: 'hide-private' });
    expect(press('p', { ctrlKey: true, altKey: true, code: 'KeyP' })).toBeNull();
  });

  it('locks with Ctrl+L or Cmd+L, also while typing', () => {
    expect(press('l', { ctrlKey: true, code: 'KeyL' })).toEqual({ kind: 'lock' });
    expect(press('l', { metaKey: true, code: 'KeyL', tag: 'INPUT' })).toEqual({ kind: 'lock' });
    expect(press('L', { ctrlKey: true, shiftKey: true, code: 'KeyL' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { validateInput } from '../../../../electron/shared/contract/validate';

function issueOf(channel: Parameters<typeof validateInput>[0], input: unknown) {
  const result = validateInput(channel, input);
  if (result.ok) throw new Error('the input was accepted');
  return { message: result.error.message, messageEn: result.error.messageEn, issue: result.error.issues?.[0] };
}

describe('what a refused input says', () => {
  it('says a missing field is missing, not unknown', () => {
    const { issue } = issueOf('networks:get', {});
    expect(issue?.path).toBe('id');
    expect(issue?.message).toBe('«id» mangler.');
    expect(issue?.messageEn).toBe('“id” is missing.');
  });

  it('still says an extra field is unknown', () => {
    expect(issueOf('networks:get', { id: 'n1', hemmelig: true }).issue?.message).toBe('feltet «hemmelig» er ukendt.');
  });

  it('gives the range of a number that is out of range, in words', () => {
    for (const minutes of [-1e9, 0, 1441, 2.5]) {
      const { message, messageEn } = issueOf('meetings:update', { id: 'm1', patch: { durationMinutes: minutes } });
      expect(message).toContain('«patch.durationMinutes» skal være et helt tal mellem 1 og 1440.');
      expect(messageEn).toContain('“patch.durationMinutes” must be a whole number from 1 to 1440.');
    }
    const energy = issueOf('reflections:update', { id: 'r1', patch: { energy: 9 } });
    expect(energy.message).toContain('mellem 1 og 5');
  });

  it('names the kind of value a field wants when the type is wrong', () => {
    expect(issueOf('networks:update', { id: 'n1', patch: { name: 42 } }).issue?.message).toBe(
      '«patch.name» skal være tekst.',
    );
    expect(issueOf('meetings:update', { id: 'm1', patch: { durationMinutes: '60' } }).issue?.message).toBe(
      '«patch.durationMinutes» skal være et tal.',
    );
  });

  it('says a date that does not exist is not a valid date', () => {
    expect(issueOf('networks:update', { id: 'n1', patch: { startDate: '2026-02-30' } }).issue?.message).toBe(
      '«patch.startDate» er ikke en gyldig dato (åååå-mm-dd).',
    );
  });
});

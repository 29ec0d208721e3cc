import { describe, expect, it } from 'vitest';
import type { DocumentRequest } from '../../../../electron/shared/contract/documents';
import { parsePrintQuery, printHash } from '../../../../electron/shared/documents/print-query';

describe('the print view address', () => {
  it('names every kind of request and reads it back unchanged', () => {
    const requests: DocumentRequest[] = [
      { kind: 'agenda', id: 'm1', lang: 'en' },
      { kind: 'minutes', id: 'm1', includeNotes: true },
      { kind: 'agreement', id: 'a1', version: 3, includePreparation: false, includeCounterpartPreparation: true },
      { kind: 'role-handout', roleId: 'codriver', networkId: 'n1' },
    ];
    for (const request of requests) {
      const hash = printHash(request);
      expect(hash.startsWith('#/udskriv?type=')).toBe(true);
      expect(parsePrintQuery(hash.split('?')[1] ?? '')).toEqual(request);
    }
  });

  it('refuses a query that names no printable document', () => {
    for (const query of ['', 'type=brev&id=x', 'type=dagsorden', 'type=aftale&id=a&version=0', 'type=rolle&roleId=x'])
      expect(parsePrintQuery(query)).toBeNull();
    expect(parsePrintQuery('type=dagsorden&id=m1&extra=1')).toBeNull();
  });
});

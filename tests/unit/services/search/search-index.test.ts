import { describe, expect, it } from 'vitest';
import { foldLetters, searchTerm } from '../../../../electron/shared/search/danish-text';
import type { SearchDocument } from '../../../../electron/services/search/search-document';
import { SearchIndex } from '../../../../electron/services/search/search-index';

const doc = (id: string, title: string, text = '', extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  kind: 'meeting',
  title,
  text,
  route: `#/x/${id}`,
  context: '',
  private: false,
  version: '1',
  ...extra,
});

describe('Danish normalisation', () => {
  it('folds æ, ø, å and their spelled-out forms to one term', () => {
    expect(searchTerm('Møde')).toBe(searchTerm('moede'));
    expect(searchTerm('Ærø')).toBe(searchTerm('aeroe'));
    expect(searchTerm('Åbent')).toBe(searchTerm('aabent'));
    expect(foldLetters('Café')).toBe('cafe');
  });

  it('folds common inflections', () => {
    expect(searchTerm('aftaler')).toBe(searchTerm('aftale'));
    expect(searchTerm('aftalerne')).toBe(searchTerm('aftale'));
    expect(searchTerm('netværkets')).toBe(searchTerm('netværk'));
  });
});

describe('the search index', () => {
  it('finds "moede" in "Møde", "aftale" in "aftaler", by prefix and with a typo', () => {
    const index = new SearchIndex();
    index.sync([
      doc('a', 'Opstartsmøde med referencelederen'),
      doc('b', 'Samarbejdsaftaler', 'Vi har lavet aftaler om tid og mødedage'),
      doc('c', 'Walk-and-talk i parken', 'Borgerperspektivet kom tydeligt frem'),
    ]);
    expect(index.query('moede').map((h) => h.id)).toContain('b');
    expect(index.query('opstartsmoede').map((h) => h.id)).toEqual(['a']);
    expect(index.query('aftale').map((h) => h.id)).toEqual(['b']);
    expect(index.query('borgerpers').map((h) => h.id)).toEqual(['c']);
    expect(index.query('borgerperspektiwet').map((h) => h.id)).toEqual(['c']);
    expect(index.query('').length).toBe(0);
  });

  it('matches one or two letters as whole words only, and three or more as the start of a word', () => {
    const index = new SearchIndex();
    index.sync([doc('it', 'IT-support', 'Printeren driller'), doc('bo', 'Borgerinddragelse', 'Bo og botilbud')]);
    expect(index.query('i').map((h) => h.id)).toEqual([]);
    expect(index.query('it').map((h) => h.id)).toEqual(['it']);
    expect(index.query('bo').map((h) => h.id)).toEqual(['bo']);
    expect(index.query('bor').map((h) => h.id)).toEqual(['bo']);
    expect(index.query('pri').map((h) => h.id)).toEqual(['it']);
  });

  it('leaves Danish function words out, except a last word that may be the start of a longer one', () => {
    const index = new SearchIndex();
    index.sync([doc('job', 'Unge i job', 'Vi mødes på jobcentret'), doc('tillid', 'Tillid', 'Det handler om tillid')]);
    expect(index.query('unge i job').map((h) => h.id)).toEqual(['job']);
    expect(index.query('vi')).toEqual([]);
    expect(index.query('på jobcentret').map((h) => h.id)).toEqual(['job']);
    expect(index.query('til').map((h) => h.id)).toEqual(['tillid']);
    expect(index.query('til ')).toEqual([]);
  });

  it('ranks title matches above body matches', () => {
    const index = new SearchIndex();
    index.sync([doc('body', 'Status', 'Vi talte om trivsel'), doc('title', 'Trivsel i hverdagen', 'Status')]);
    expect(index.query('trivsel').map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('updates incrementally: only changed documents are re-indexed, removed ones vanish', () => {
    const index = new SearchIndex();
    expect(index.sync([doc('a', 'Første'), doc('b', 'Anden')])).toEqual({ added: 2, replaced: 0, removed: 0 });
    expect(index.sync([doc('a', 'Første'), doc('b', 'Anden ændret', '', { version: '2' })])).toEqual({
      added: 0,
      replaced: 1,
      removed: 0,
    });
    expect(index.query('ændret').map((h) => h.id)).toEqual(['b']);
    expect(index.sync([doc('b', 'Anden ændret', '', { version: '2' })])).toEqual({ added: 0, replaced: 0, removed: 1 });
    expect(index.query('første')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('finds only documents holding every word, and forgets a removed document even when its place is reused', () => {
    const index = new SearchIndex();
    index.sync([
      doc('a', 'Kaffeautomaten', 'Budget og kaffe'),
      doc('b', 'Budgetmøde', 'Tal om økonomi'),
      doc('c', 'Økonomi', 'Kaffe'),
    ]);
    expect(index.query('budget kaffe').map((h) => h.id)).toEqual(['a']);
    expect(
      index
        .query('økonomi')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['b', 'c']);
    // 'a' goes and 'd' comes in the same sync: nothing of 'a' may cling to 'd'.
    index.sync([doc('b', 'Budgetmøde', 'Tal om økonomi'), doc('c', 'Økonomi', 'Kaffe'), doc('d', 'Trivsel', 'Gåtur')]);
    expect(index.query('kaffeautomaten')).toEqual([]);
    expect(index.query('budget kaffe')).toEqual([]);
    expect(index.query('gåtur').map((h) => h.id)).toEqual(['d']);
    expect(index.query('budget').map((h) => h.id)).toEqual(['b']);
  });

  it('names the indexed terms each hit matched, by prefix and with a slip', () => {
    const index = new SearchIndex();
    index.sync([doc('a', 'Borgerinddragelse', 'Borgerne kom'), doc('b', 'Møde', 'Sorgen fylder')]);
    const [hit] = index.query('borger');
    expect(hit?.id).toBe('a');
    expect(hit?.terms.length).toBeGreaterThanOrEqual(2);
    expect(hit?.terms.every((term) => term.startsWith(searchTerm('borger') ?? '?'))).toBe(true);
    expect(index.query('sorgen').map((h) => h.id)).toEqual(['b']);
  });

  it('forgives one slipped letter in five, but never more than six, however long the word', () => {
    const word = 'abcdefghij'.repeat(4);
    const slipped = (count: number) =>
      [...word].map((letter, i) => (i % 5 === 0 && i / 5 < count ? 'z' : letter)).join('');
    const index = new SearchIndex();
    index.sync([doc('long', 'Langt ord', word)]);
    expect(index.query(slipped(6)).map((h) => h.id)).toEqual(['long']);
    expect(index.query(slipped(7))).toEqual([]);
  });

  it('ranks the same way whichever order the documents came in', () => {
    const docs = [
      doc('x', 'Status', 'trivsel trivsel trivsel'),
      doc('y', 'Trivsel', ''),
      doc('z', 'Andet', 'trivsel i en længere tekst med mange andre ord'),
    ];
    const forwards = new SearchIndex();
    forwards.sync(docs);
    const backwards = new SearchIndex();
    backwards.sync([...docs].reverse());
    expect(backwards.query('trivsel').map((h) => [h.id, h.score.toFixed(9)])).toEqual(
      forwards.query('trivsel').map((h) => [h.id, h.score.toFixed(9)]),
    );
    expect(forwards.query('trivsel')[0]?.id).toBe('y');
  });

  it('groups results by kind and gives a snippet around the match', () => {
    const index = new SearchIndex();
    const long = `${'Indledende ord. '.repeat(20)}Her nævnes budgettet for testfasen. ${'Afsluttende ord. '.repeat(20)}`;
    index.sync([
      doc('r', 'Refleksion', long, { kind: 'reflection', private: true }),
      doc('n', 'Budget', '', { kind: 'network' }),
    ]);
    const hits = index.query('budget');
    expect(hits.map((h) => h.kind)).toEqual(['network', 'reflection']);
    expect(hits[1]?.snippet).toContain('budgettet for testfasen');
    expect(hits[1]?.snippet.length).toBeLessThan(170);
    expect(hits[1]?.private).toBe(true);
  });

  it('centres the snippet on a word written with æ, ø or å when the query spells it out', () => {
    const index = new SearchIndex();
    const long = `${'Indledende ord. '.repeat(20)}Økonomien i projektet er stram. ${'Afsluttende ord. '.repeat(20)}`;
    index.sync([doc('r', 'Refleksion', long, { kind: 'reflection' })]);
    expect(index.query('oekonomien')[0]?.snippet).toContain('Økonomien i projektet');
  });
});

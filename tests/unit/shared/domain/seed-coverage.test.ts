/**
 * Every point of the two seed pages is said somewhere in the app, in its own words: the checklist
 * in tests/fixtures/seed-coverage.ts names the place, and this test resolves each place to real
 * domain data, finds the words there, and finds the same text in the role handout. Where the seed
 * pages are on the machine it also checks that the checklist covers every bullet and paragraph and
 * that each entry points at the right one.
 */

import { describe, expect, it } from 'vitest';

import { roleHandoutDocument } from '../../../../electron/services/roles/role-handout-document';
import { cellText, type DocBlock } from '../../../../electron/shared/documents/document-model';
import {
  findPhase,
  isRoleId,
  roles,
  shippedPhaseModel,
  type LocalizedText,
  type RoleId,
} from '../../../../electron/shared/domain';
import { seedCoverage, type SaidAt, type SeedPart, type SeedPoint } from '../../../fixtures/seed-coverage';
import { readSourcePages, seedsDir } from './source-pages';

const ROLE_FIELDS = ['purpose', 'shortDescription', 'responsibilities', 'competences'] as const;

/** The role a place belongs to and the texts there. */
function resolve(at: string): { roleId: RoleId; texts: LocalizedText[] } {
  const [kind, rest = ''] = at.split(':');
  const [first = '', second = ''] = rest.split('.');
  if (kind === 'role' && isRoleId(first) && (ROLE_FIELDS as readonly string[]).includes(second)) {
    const value = roles[first][second as (typeof ROLE_FIELDS)[number]];
    return { roleId: first, texts: Array.isArray(value) ? value : [value] };
  }
  if (kind === 'phase' && isRoleId(second)) {
    const phase = findPhase(shippedPhaseModel, first);
    if (phase) return { roleId: second, texts: phase.tasks[second] };
  }
  throw new Error(`The checklist names a place that does not exist: ${at}`);
}

const lower = (text: string): string => text.toLowerCase();
const matching = (said: SaidAt): LocalizedText[] =>
  resolve(said.at).texts.filter((text) => said.has.every((word) => lower(text.da).includes(lower(word))));

function blockText(block: DocBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'note':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((run) => run.text).join('')];
    case 'bullets':
    case 'numbered':
      return block.items;
    case 'table':
      return block.rows.flat().map(cellText);
    case 'keyValue':
      return block.rows.map(([key, value]) => `${key}\n${cellText(value)}`);
    default:
      return [];
  }
}

function handoutText(roleId: RoleId): string {
  const doc = roleHandoutDocument({
    roleId,
    lang: 'da',
    created: new Date('2026-01-05T10:00:00Z'),
    author: '',
    network: null,
    model: shippedPhaseModel,
  });
  return [doc.subtitle ?? '', ...doc.blocks.flatMap(blockText)].join('\n');
}

const label = (point: SeedPoint): string =>
  `${point.seed} ${point.part.kind}${'n' in point.part ? ` ${point.part.n}` : ''}`;

describe('the seed checklist resolves to what the app says', () => {
  it('names only places that exist, and each place has a text with all the words', () => {
    const missing = seedCoverage.flatMap((point) =>
      point.said
        .filter((said) => matching(said).length === 0)
        .map((said) => `${label(point)} → ${said.at} ${said.has}`),
    );
    expect(missing).toEqual([]);
  });

  it('puts every point on the role page and in the matrix: each entry has a role field and a phase task', () => {
    const roleOf = (point: SeedPoint) => (point.seed === 'co-driver.txt' ? 'codriver' : 'referenceleder');
    const lacking = seedCoverage
      .filter((point) => point.part.kind === 'bullet')
      .filter(
        (point) =>
          !point.said.some((s) => s.at.startsWith(`role:${roleOf(point)}.`)) ||
          !point.said.some((s) => s.at.startsWith('phase:') && s.at.endsWith(`.${roleOf(point)}`)),
      )
      .map(label);
    expect(lacking).toEqual([]);
  });

  it('finds every text it points at in the role handout too', () => {
    const handouts = new Map<RoleId, string>();
    const absent = seedCoverage.flatMap((point) =>
      point.said.flatMap((said) => {
        const { roleId } = resolve(said.at);
        if (!handouts.has(roleId)) handouts.set(roleId, handoutText(roleId));
        const text = matching(said)[0];
        return text && handouts.get(roleId)?.includes(text.da) ? [] : [`${label(point)} → ${said.at}`];
      }),
    );
    expect(absent).toEqual([]);
  });

  it('would notice a place that says the point no longer', () => {
    expect(matching({ at: 'role:referenceleder.responsibilities', has: ['bringe sig selv i spil'] })).toEqual([]);
    expect(() => resolve('role:codriver.nothing')).toThrow();
    expect(() => resolve('phase:fase-3.codriver')).toThrow();
  });
});

/** The parts of a seed page: its lead, its body paragraphs and its bullets, in order. */
function seedParts(text: string): { lead: string; paragraphs: string[]; bullets: string[] } {
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.indexOf('Indhold');
  const lead = lines.slice(0, start).filter((line) => line.length > 80)[0] ?? '';
  const body = lines.slice(start + 1).filter((line) => line !== '');
  const bullets = body.filter((line) => line.startsWith('•')).map((line) => line.slice(1).trim());
  // Lines that only lead on to the list or to the leaflet are not points of their own.
  const paragraphs = body.filter((line) => !line.startsWith('•') && line.length > 120 && !/læse/i.test(line));
  return { lead, paragraphs, bullets };
}

function partText(parts: ReturnType<typeof seedParts>, part: SeedPart): string | undefined {
  if (part.kind === 'lead') return parts.lead;
  return (part.kind === 'bullet' ? parts.bullets : parts.paragraphs)[part.n - 1];
}

describe.skipIf(seedsDir === null)('the seed checklist covers the seed pages', () => {
  const pages = readSourcePages().filter((page) => page.name.endsWith('.txt'));

  it('reads both seed pages, with their bullets', () => {
    expect(pages.map((page) => page.name).sort()).toEqual(['co-driver.txt', 'referenceleder.txt']);
    for (const page of pages) expect(seedParts(page.text).bullets.length).toBeGreaterThan(4);
  });

  it('has an entry for every bullet, every body paragraph and the lead of each page', () => {
    for (const page of pages) {
      const parts = seedParts(page.text);
      const entries = seedCoverage.filter((point) => point.seed === page.name);
      const has = (kind: SeedPart['kind'], n?: number) =>
        entries.some((e) => e.part.kind === kind && (n === undefined || ('n' in e.part && e.part.n === n)));
      expect(has('lead'), `${page.name} lead`).toBe(true);
      parts.bullets.forEach((_, i) => expect(has('bullet', i + 1), `${page.name} bullet ${i + 1}`).toBe(true));
      parts.paragraphs.forEach((_, i) => expect(has('paragraph', i + 1), `${page.name} paragraph ${i + 1}`).toBe(true));
    }
  });

  it('points each entry at the part that contains its words', () => {
    const wrong = seedCoverage.flatMap((point) => {
      const page = pages.find((p) => p.name === point.seed);
      const text = page ? partText(seedParts(page.text), point.part) : undefined;
      const absent = point.seedHas.filter((word) => !lower(text ?? '').includes(lower(word)));
      return absent.length === 0 ? [] : [`${label(point)}: ${absent.join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });
});

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/render-docx';
import { roleHandoutDocument } from '../../../../electron/services/roles/role-handout-document';
import type { SaveRequest } from '../../../../electron/services/export/save-export';
import {
  addPhase,
  movePhase,
  phaseLabelWithKind,
  removePhase,
  ROLE_IDS,
  roles,
  setPhaseText,
  shippedPhaseModel,
} from '../../../../electron/shared/domain';
import { inspectDocx } from '../../../support/docx-inspect';
import { fixedClock, must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';
import type { InputOf } from '../../../../electron/shared/contract';

let services: TempServices;
const requests: SaveRequest[] = [];
beforeEach(async () => {
  requests.length = 0;
  services = await startTempServices({
    clock: fixedClock('2026-11-23T09:00:00.000Z'),
    saveDialog: async (request) => {
      requests.push(request);
      return path.join(services.dataDir, `${requests.length}-${request.defaultFileName}`);
    },
  });
});
afterEach(async () => services.dispose());

async function exportHandout(input: InputOf<'roles:export-handout'>) {
  const result = await must(services, 'roles:export-handout', input);
  return inspectDocx(new Uint8Array(await fs.readFile(path.join(services.dataDir, savedName(result)))));
}

describe('role handout', () => {
  it('writes the role as a Word document with real headings, the responsibilities and a page number', async () => {
    const doc = await exportHandout({ roleId: 'codriver' });
    const role = roles.codriver;
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Rollebeskrivelse: Co-driver');
    expect(doc.headings(1)).toEqual([
      'Formål med rollen',
      'Ansvar',
      'Samspil med de andre roller',
      'Kompetencer, rollen trækker på',
      'Vigtige tidspunkter',
      'Opgaver i netværkets faser',
    ]);
    expect(doc.styleNames.get('Heading1')).toMatch(/heading 1/i);
    const bold = doc.paragraphs.filter((p) => p.text === 'Ansvar');
    expect(bold.map((p) => p.style)).toEqual(['Heading1']);
    const bullets = doc.paragraphs.filter((p) => p.listId !== null && !p.inTable).map((p) => p.text);
    expect(bullets.slice(0, role.responsibilities.length)).toEqual(role.responsibilities.map((r) => r.da));
    expect(doc.allText).toContain(role.purpose.da);
    expect(doc.hasPageNumberField).toBe(true);
    expect(doc.coreProps.title).toBe('Rollebeskrivelse: Co-driver');
    expect(doc.page?.width).toBe(11906);
    expect(requests[0]?.defaultFileName).toMatch(/^Rollebeskrivelse.*Co-driver\.docx$/);
  });

  it('lists the role’s tasks in every phase under the model’s own numbers and marks the supplementary phases', async () => {
    const doc = await exportHandout({ roleId: 'referenceleder' });
    const phaseTable = doc.tables.find((table) => table[0]?.[0] === 'Fase');
    expect(phaseTable).toBeDefined();
    const rows = phaseTable!.slice(1);
    expect(rows).toHaveLength(shippedPhaseModel.phases.length);
    shippedPhaseModel.phases.forEach((phase, index) => {
      const [label = '', tasks = ''] = rows[index] ?? [];
      const name = phase.number === null ? phase.name.da : `${phase.number}. ${phase.name.da}`;
      expect(label).toBe(phase.supplementary ? `${name} (supplerende fase)` : name);
      for (const task of phase.tasks.referenceleder) expect(tasks).toContain(task.da);
    });
    expect(rows.map((row) => row[0])).toContain('2. Netværksdesign');
    for (const phase of shippedPhaseModel.phases.filter((p) => p.supplementary))
      expect(doc.allText).toContain(phase.supplementary!.why.da);
    expect(doc.allText).not.toMatch(/vores|kilde/i);
  });

  it('follows the organisation’s edited model: renamed, reordered, added and removed phases, one numbering', async () => {
    let model = movePhase(shippedPhaseModel, 'evaluering', 1);
    model = setPhaseText(model, 'netvaerksdesign', 'name', 'da', 'Netværkets design');
    model = addPhase(removePhase(model, 'opstart'), 'egen-fase-borger', 'Borgerinddragelse', '9');
    await must(services, 'phasemodel:save', { model });
    const doc = await exportHandout({ roleId: 'referenceleder' });
    const rows = doc.tables.find((table) => table[0]?.[0] === 'Fase')!.slice(1);
    expect(rows.map((row) => row[0])).toEqual(model.phases.map((phase) => phaseLabelWithKind(phase, 'da')));
    expect(rows.map((row) => row[0])).toContain('2. Netværkets design');
    expect(rows.map((row) => row[0])).toContain('9. Borgerinddragelse');
    // A key moment of the removed phase keeps its sentence, named without a number.
    expect(doc.allText).not.toContain('1. Opstart af netværk');
  });

  it('gives what a leader goes through with a new role holder: samspil, competences and key moments', async () => {
    const doc = await exportHandout({ roleId: 'codriver' });
    const role = roles.codriver;
    const samspil = doc.tables.find((table) => table[0]?.join('|') === 'Med|Giver|Får');
    expect(samspil?.slice(1).map((row) => row[0])).toEqual(role.relations.map((r) => roles[r.with].name.da));
    for (const relation of role.relations) {
      for (const line of [...relation.gives, ...relation.gets]) expect(doc.allText).toContain(line.da);
    }
    for (const competence of role.competences) expect(doc.allText).toContain(competence.da);
    expect(doc.allText).toContain(`1. Opstart af netværk: ${role.keyMoments[0]!.text.da}`);
    expect(doc.allText).toContain(`2. Netværksdesign: ${role.keyMoments[1]!.text.da}`);
  });

  it('names the people holding the roles when made for a network, with the profile as author', async () => {
    const network = await must(services, 'networks:load-example', {});
    await must(services, 'networks:assign-role', { id: network.id, role: 'referenceleder', personId: null });
    const people = await must(services, 'people:list', {});
    const leader = people.find((p) => p.id === network.roleHolders.netvaerksleder)!;
    const codriver = people.find((p) => p.id === network.roleHolders.codriver)!;

    const doc = await exportHandout({ roleId: 'netvaerksleder', networkId: network.id });
    expect(doc.headings(1)).toContain(`Hvem har rollerne i «${network.name}»`);
    const holders = doc.tables.find((table) => table[0]?.[0] === 'Rolle' && table[0]?.[1] === 'Navn og stilling');
    const firstLines = holders?.slice(1).map((row) => [row[0], row[1]?.split('\n')[0]]);
    expect(firstLines).toEqual([
      ['Netværksleder', leader.name],
      ['Co-driver', codriver.name],
      ['Referenceleder', 'Ikke besat endnu'],
      ['Personaleleder', people.find((p) => p.id === network.roleHolders.personaleleder)!.name],
    ]);
    expect(holders?.[1]?.[1]).toContain(leader.title);
    expect(holders?.[1]?.[2]).toContain(leader.email);
    expect(doc.tables[0]).toContainEqual(['Netværk', network.name]);
    expect(doc.tables[0]).toContainEqual(['Netværket er nu i fasen', '2. Netværksdesign']);
    expect(doc.coreProps.creator).toBe(leader.name);
    expect(requests[0]?.defaultFileName).toContain(network.name.split(' ')[0]);

    await must(services, 'profile:update', { patch: { name: 'Hanne Vestergaard' } });
    const byProfile = await exportHandout({ roleId: 'netvaerksleder', networkId: network.id });
    expect(byProfile.coreProps.creator).toBe('Hanne Vestergaard');
  });

  it('writes English when asked and keeps every role’s handout short enough for three pages', async () => {
    const doc = await exportHandout({ roleId: 'personaleleder', lang: 'en' });
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe(`Role handout: ${roles.personaleleder.name.en}`);
    expect(doc.headings(1)).toContain('Responsibilities');
    expect(doc.allText).toContain(roles.personaleleder.responsibilities[0]!.en);
    for (const roleId of ROLE_IDS) {
      const model = roleHandoutDocument({
        roleId,
        lang: 'da',
        created: new Date(),
        author: '',
        network: null,
        model: shippedPhaseModel,
      });
      const words = JSON.stringify(model.blocks).split(/\s+/).length;
      expect(words, roleId).toBeLessThan(1900);
      await expect(renderDocx(model).then(inspectDocx)).resolves.toBeDefined();
    }
  });

  it('refuses an unknown role or network without asking where to save', async () => {
    const bad = await services.dispatch('roles:export-handout', { roleId: 'direktoer' });
    expect(bad.ok).toBe(false);
    const missing = await services.dispatch('roles:export-handout', { roleId: 'codriver', networkId: 'findes-ikke' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
    expect(requests).toEqual([]);
  });
});

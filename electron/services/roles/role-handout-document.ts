import {
  findPhase,
  roles,
  shippedPhaseModel,
  type HolderRoleId,
  type Lang,
  type PhaseDefinition,
  type RoleId,
} from '../../shared/domain';
import { para, type DocBlock, type DocumentModel } from '../export/document-model';
import { roleHandoutLabels, type RoleHandoutLabels } from './role-handout-labels';

/** One person holding a role in the network the handout is made for. */
export interface HandoutHolder {
  roleId: HolderRoleId;
  name: string;
  title: string;
  unit: string;
  email: string;
  phone: string;
}

/** The network a handout is made for: who holds the roles there and where it stands. */
export interface HandoutNetwork {
  name: string;
  theme: string;
  currentPhaseId: string;
  /** Every holder role in display order; `null` where nobody holds it yet. */
  holders: Array<{ roleId: HolderRoleId; person: Omit<HandoutHolder, 'roleId'> | null }>;
  participantCount: number;
}

/** Everything the role handout says; built from stored data or by hand in tests and samples. */
export interface RoleHandoutSheet {
  roleId: RoleId;
  lang: Lang;
  created: Date;
  author: string;
  network: HandoutNetwork | null;
}

/**
 * The role handout as a document: purpose, responsibilities, the role's tasks in each phase and —
 * made for a network — who holds the roles there. What the role gives and gets from the others
 * stays on the role page, so the handout keeps to one or two pages.
 */
export function roleHandoutDocument(sheet: RoleHandoutSheet): DocumentModel {
  const labels = roleHandoutLabels(sheet.lang);
  const role = roles[sheet.roleId];
  const text = (value: { da: string; en: string }): string => value[sheet.lang];
  const blocks: DocBlock[] = [];

  if (sheet.network) blocks.push(networkFacts(sheet.network, labels, sheet.lang));
  blocks.push({ type: 'heading', level: 1, text: labels.purpose }, para(text(role.purpose)));
  blocks.push(
    { type: 'heading', level: 1, text: labels.responsibilities },
    { type: 'bullets', items: role.responsibilities.map(text) },
  );
  blocks.push(...phaseTasks(sheet.roleId, labels, sheet.lang));
  if (sheet.network) blocks.push(...holderBlocks(sheet.network, labels, sheet.lang));

  return {
    title: labels.title(text(role.name)),
    subtitle: text(role.shortDescription),
    author: sheet.author,
    created: sheet.created,
    lang: sheet.lang,
    blocks,
  };
}

function networkFacts(network: HandoutNetwork, labels: RoleHandoutLabels, lang: Lang): DocBlock {
  const rows: Array<[string, string]> = [[labels.network, network.name]];
  if (network.theme.trim() !== '') rows.push([labels.theme, network.theme]);
  const phase = findPhase(shippedPhaseModel, network.currentPhaseId);
  if (phase) rows.push([labels.currentPhase, phaseLabel(phase, labels, lang)]);
  return { type: 'keyValue', rows };
}

function phaseTasks(roleId: RoleId, labels: RoleHandoutLabels, lang: Lang): DocBlock[] {
  const phases = shippedPhaseModel.phases;
  const rows = phases.map((phase) => {
    const tasks = phase.tasks[roleId];
    const cell = tasks.length === 0 ? labels.noTasks : tasks.map((task) => `• ${task[lang]}`).join('\n');
    return [phaseLabel(phase, labels, lang), cell];
  });
  const blocks: DocBlock[] = [
    { type: 'heading', level: 1, text: labels.phaseTasks },
    para(labels.phaseTasksIntro),
    { type: 'table', columns: [...labels.phaseColumns], widths: [1, 2.6], rows },
  ];
  if (phases.some((phase) => phase.inferred)) blocks.push({ type: 'note', text: labels.inferredNote });
  return blocks;
}

function holderBlocks(network: HandoutNetwork, labels: RoleHandoutLabels, lang: Lang): DocBlock[] {
  const rows = network.holders.map(({ roleId, person }) => {
    const roleName = roles[roleId].name[lang];
    if (!person) return [roleName, labels.vacant, ''];
    const position = [person.title, person.unit].filter((part) => part.trim() !== '').join(', ');
    const contact = [person.email, person.phone].filter((part) => part.trim() !== '').join('\n');
    return [roleName, position === '' ? person.name : `${person.name}\n${position}`, contact];
  });
  return [
    { type: 'heading', level: 1, text: labels.holders(network.name) },
    { type: 'table', columns: [...labels.holderColumns], widths: [1, 1.7, 1.7], rows },
    para(labels.participants(network.participantCount)),
  ];
}

function phaseLabel(phase: PhaseDefinition, labels: RoleHandoutLabels, lang: Lang): string {
  const name = phase.number === null ? phase.name[lang] : `${phase.number}. ${phase.name[lang]}`;
  return phase.inferred ? `${name} (${labels.inferred})` : name;
}

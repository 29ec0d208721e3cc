import {
  findPhase,
  keyMomentLine,
  phaseLabel,
  phaseLabelWithKind,
  roles,
  type HolderRoleId,
  type Lang,
  type PhaseModel,
  type RoleDefinition,
  type RoleId,
} from '../../shared/domain';
import { para, type CellContent, type DocBlock, type DocumentModel } from '../../shared/documents/document-model';
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
  /** The phase model in use, so the phases carry the same names and numbers as on screen. */
  model: PhaseModel;
}

/**
 * The role handout as a document: made for a network, who holds the roles there; then purpose,
 * responsibilities, how the role works with each of the others, the competences it draws on, its
 * key moments and its tasks in each phase — what a leader goes through with a new referenceleder
 * or co-driver.
 */
export function roleHandoutDocument(sheet: RoleHandoutSheet): DocumentModel {
  const labels = roleHandoutLabels(sheet.lang);
  const role = roles[sheet.roleId];
  const text = (value: { da: string; en: string }): string => value[sheet.lang];
  const blocks: DocBlock[] = [];

  // Made for a network, the handout opens with the network and the people in the roles there.
  if (sheet.network) blocks.push(networkFacts(sheet.network, sheet.model, labels, sheet.lang));
  if (sheet.network) blocks.push(...holderBlocks(sheet.network, labels, sheet.lang));
  blocks.push({ type: 'heading', level: 1, text: labels.purpose }, para(text(role.purpose)));
  blocks.push(
    { type: 'heading', level: 1, text: labels.responsibilities },
    { type: 'bullets', items: role.responsibilities.map(text) },
  );
  blocks.push(...relationBlocks(role, labels, sheet.lang));
  blocks.push(
    { type: 'heading', level: 1, text: labels.competences },
    ...(sheet.roleId === 'netvaerksleder' ? [para(labels.competencesKnown)] : []),
    { type: sheet.roleId === 'netvaerksleder' ? 'numbered' : 'bullets', items: role.competences.map(text) },
  );
  blocks.push(
    { type: 'heading', level: 1, text: labels.keyMoments },
    { type: 'bullets', items: role.keyMoments.map((moment) => keyMomentLine(moment, sheet.model, sheet.lang)) },
  );
  blocks.push(...phaseTasks(sheet.roleId, sheet.model, labels, sheet.lang));

  return {
    title: labels.title(text(role.name)),
    subtitle: text(role.shortDescription),
    author: sheet.author,
    created: sheet.created,
    lang: sheet.lang,
    blocks,
  };
}

function relationBlocks(role: RoleDefinition, labels: RoleHandoutLabels, lang: Lang): DocBlock[] {
  const rows = role.relations.map((relation) => [
    roles[relation.with].name[lang],
    { bullets: relation.gives.map((line) => line[lang]) },
    { bullets: relation.gets.map((line) => line[lang]) },
  ]);
  return [
    { type: 'heading', level: 1, text: labels.relations },
    para(labels.relationsIntro),
    { type: 'table', columns: [...labels.relationColumns], widths: [1, 2, 2], rows },
  ];
}

function networkFacts(network: HandoutNetwork, model: PhaseModel, labels: RoleHandoutLabels, lang: Lang): DocBlock {
  const rows: Array<[string, string]> = [[labels.network, network.name]];
  if (network.theme.trim() !== '') rows.push([labels.theme, network.theme]);
  const phase = findPhase(model, network.currentPhaseId);
  if (phase) rows.push([labels.currentPhase, phaseLabelWithKind(phase, lang)]);
  return { type: 'keyValue', rows };
}

function phaseTasks(roleId: RoleId, model: PhaseModel, labels: RoleHandoutLabels, lang: Lang): DocBlock[] {
  const rows = model.phases.map((phase) => {
    const tasks = phase.tasks[roleId];
    const cell: CellContent = tasks.length === 0 ? labels.noTasks : { bullets: tasks.map((task) => task[lang]) };
    return [phaseLabelWithKind(phase, lang), cell];
  });
  const blocks: DocBlock[] = [
    { type: 'heading', level: 1, text: labels.phaseTasks },
    para(labels.phaseTasksIntro),
    { type: 'table', columns: [...labels.phaseColumns], widths: [1, 2.6], rows },
  ];
  const supplementary = model.phases.filter((phase) => phase.supplementary !== null);
  if (supplementary.length > 0) {
    blocks.push({
      type: 'note',
      text: [
        labels.supplementaryNote,
        ...supplementary.map((phase) => `${phaseLabel(phase, lang)}: ${phase.supplementary?.why[lang] ?? ''}`),
      ].join('\n'),
    });
  }
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

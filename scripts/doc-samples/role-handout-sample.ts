import { renderDocx } from '../../electron/services/export/render-docx';
import { shippedPhaseModel } from '../../electron/shared/domain';
import { roleHandoutDocument, type RoleHandoutSheet } from '../../electron/services/roles/role-handout-document';
import type { DocSample } from './doc-sample';
import { SAMPLE_NETWORK, sampleLetterhead } from './sample-letterhead';

/** The co-driver handout as a network leader would print it for the example network. */
export function roleHandoutSampleSheet(): RoleHandoutSheet {
  return {
    roleId: 'codriver',
    lang: 'da',
    created: new Date('2026-12-03T10:00:00Z'),
    author: 'Mette Kjærgaard',
    model: shippedPhaseModel,
    network: {
      name: 'Flere unge i job og uddannelse',
      theme: 'Unge mellem 16 og 25 år uden fodfæste',
      currentPhaseId: 'netvaerksdesign',
      participantCount: 4,
      holders: [
        {
          roleId: 'netvaerksleder',
          person: {
            name: 'Mette Kjærgaard',
            title: 'Afdelingsleder',
            unit: 'Børn og Unge',
            email: 'mette.kjaergaard@kommune.example',
            phone: '43 68 01 10',
          },
        },
        {
          roleId: 'codriver',
          person: {
            name: 'Jonas Bech',
            title: 'Teamleder, ungeindsatsen',
            unit: 'Beskæftigelse',
            email: 'jonas.bech@kommune.example',
            phone: '43 68 01 22',
          },
        },
        {
          roleId: 'referenceleder',
          person: {
            name: 'Anne-Sofie Holm',
            title: 'Direktør for Børn og Unge',
            unit: 'Direktionen',
            email: 'anne-sofie.holm@kommune.example',
            phone: '',
          },
        },
        { roleId: 'personaleleder', person: null },
      ],
    },
  };
}

/** The role handout's sample, made for a network. */
export const roleHandoutSample: DocSample = {
  name: 'role-handout-sample',
  build: (template) =>
    renderDocx(
      { ...roleHandoutDocument(roleHandoutSampleSheet()), letterhead: sampleLetterhead(SAMPLE_NETWORK) },
      template,
    ),
};

/** The network leader's handout without a network, in English. */
export const roleHandoutLeaderEnSample: DocSample = {
  name: 'role-handout-netvaerksleder-en',
  build: () =>
    renderDocx(
      roleHandoutDocument({
        roleId: 'netvaerksleder',
        lang: 'en',
        created: new Date('2026-12-03T10:00:00Z'),
        author: 'Mette Kjærgaard',
        network: null,
        model: shippedPhaseModel,
      }),
    ),
};

import { agreementDocument, type AgreementSheet } from '../../electron/services/agreements/agreement-document';
import { renderDocx } from '../../electron/services/export/render-docx';
import type { DocSample } from './doc-sample';
import { sampleLetterhead } from './sample-letterhead';

/** An agreed second version with the line manager, filled in as a network leader would write it. */
export function agreementSampleSheet(): AgreementSheet {
  return {
    counterpart: 'personaleleder',
    networkName: 'Flere unge i job og uddannelse',
    leader: { name: 'Mette Kjærgaard', title: 'Afdelingsleder', unit: 'Børn og Unge' },
    counterpartParty: { name: 'Peter Østergaard', title: 'Centerchef', unit: 'Børn og Unge' },
    number: 2,
    draft: false,
    agreedDate: '2027-02-04',
    reviewDate: '2027-06-10',
    author: 'Mette Kjærgaard',
    created: new Date('2027-02-04T13:00:00Z'),
    lang: 'da',
    includePreparation: false,
    includeCounterpartPreparation: false,
    content: {
      periodFrom: '2026-12-01',
      periodTo: '2027-08-31',
      counterpartPreparation: {},
      preparation: {
        'personaleleder-forberedelse-tidsforbrug': 'Omkring fire timer om ugen, mere i marts og april.',
      },
      topics: {
        'personaleleder-tidsbalance':
          'Jeg bruger i gennemsnit fire timer om ugen på netværket. I testperioden fra marts til maj kan det blive op til otte timer.\n\nTeamets ugentlige koordineringsmøde ledes af Sofie Vinther, så længe netværket kører. Budgetopfølgningen i basis ligger fast og flyttes ikke.',
        'personaleleder-opfoelgning':
          'Vi tager et kvarter om netværket på vores månedlige møde: fremdrift, tidsforbrug og om noget i basis bliver klemt. Skrider tidsforbruget mere end to uger i træk, justerer vi med det samme.',
        'personaleleder-sekretariatsdage':
          'I testperioden (uge 11–20) sidder jeg i netværkssekretariatet hver torsdag. Kalenderen i afdelingen viser det, så kolleger ved, hvor jeg er.',
        'personaleleder-kompetenceudvikling':
          'Jeg arbejder især med at facilitere møder, hvor fagligheder er uenige. Vi drøfter netværkslederuddannelsens næste hold ved revisionen i juni.',
        'personaleleder-relevans':
          'Erfaringerne med at få de unges egne ønsker ind i planlægningen fremlægges på et personalemøde efter testen. Centret vil bruge metoden i den nye ungestrategi.',
        'personaleleder-check-in':
          'En halv time hver anden uge i testperioden, ellers en gang om måneden. Aflysninger sendes til peter.oestergaard@kommune.example.',
        'personaleleder-eskalering':
          'Jeg siger til, så snart netværk og drift støder sammen. Vi beslutter sammen, hvad der kan vente, og Peter tager det op med referencelederen, hvis der skal flere ressourcer til.',
      },
    },
  };
}

/** The agreement export's sample: an agreed version ready to sign. */
export const agreementSample: DocSample = {
  name: 'agreement-sample',
  build: (template) => renderDocx(withLetterhead(agreementSampleSheet()), template),
};

/** The third agreed version of the same agreement, renewed after the review in June. */
export const agreementVersion3Sample: DocSample = {
  name: 'agreement-version-3',
  build: (template) =>
    renderDocx(
      withLetterhead({
        ...agreementSampleSheet(),
        number: 3,
        agreedDate: '2027-06-10',
        reviewDate: '2027-12-02',
        created: new Date('2027-06-10T13:00:00Z'),
      }),
      template,
    ),
};

function withLetterhead(sheet: AgreementSheet) {
  return { ...agreementDocument(sheet), letterhead: sampleLetterhead(sheet.networkName) };
}

/** The same agreement with the leader's preparation notes as an appendix, as when the user ticks the box. */
export const agreementWithPreparationSample: DocSample = {
  name: 'agreement-sample-forberedelse',
  build: (template) =>
    renderDocx(
      withLetterhead({
        ...agreementSampleSheet(),
        includePreparation: true,
        content: {
          ...agreementSampleSheet().content,
          preparation: {
            'personaleleder-forberedelse-tidsforbrug':
              'Omkring fire timer om ugen, mere i marts og april, hvor vi tester.',
            'personaleleder-forberedelse-travle-perioder': 'Uge 11–20. Også ugen før evalueringsmødet i august.',
            'personaleleder-forberedelse-opgaver-basis':
              'Sofie kan lede koordineringsmødet. Budgetopfølgningen skal jeg selv have.',
          },
        },
      }),
      template,
    ),
};

/** A co-driver's own preparation, exported by her before the talk: her side only, as a draft. */
export const codriverSideSample: DocSample = {
  name: 'agreement-sample-co-driver',
  build: () =>
    renderDocx(
      agreementDocument({
        ...agreementSampleSheet(),
        counterpart: 'codriver',
        counterpartParty: { name: 'Sara Holm', title: 'Ungevejleder', unit: 'Jobcenter' },
        draft: true,
        number: 1,
        agreedDate: '',
        includeCounterpartPreparation: true,
        content: {
          periodFrom: '2026-12-01',
          periodTo: '2027-08-31',
          preparation: {},
          topics: {},
          counterpartPreparation: {
            'codriver-side-styrker': 'Jeg kender de unge fra vejledningen og holder styr på aftaler og opfølgning.',
            'codriver-side-timer': 'Tre timer om ugen, aftalt med Lone. Fem timer i testugerne.',
            'codriver-side-mandat': 'Jeg kan love vejledernes deltagelse i to workshops, ikke mere uden Lone.',
            'codriver-side-uddannelse': 'Jeg vil søge næste hold, når netværket er rundet af.',
          },
        },
      }),
    ),
};

/** The line manager: makes time for the network leader and sees what the department gains. */

import type { RoleDefinition } from '../types';

/** The line manager's role definition. */
export const personalelederRole: RoleDefinition = {
  id: 'personaleleder',
  name: { da: 'Personaleleder', en: 'Line manager' },
  shortDescription: {
    da: 'Netværkslederens egen leder, der skaber tid og ser værdien for afdelingen.',
    en: "The network leader's own manager, who makes time and sees the value for the department.",
  },
  purpose: {
    da: 'Personalelederen gør det muligt for netværkslederen og afdelingens deltagere at bruge tid på netværket. Rollen handler om at prioritere tydeligt og bakke op undervejs, for balancen mellem drift og netværk er kendt for at være svær. Til gengæld skal det, netværket skaber, komme afdelingen til gode.',
    en: 'The line manager makes it possible for the network leader and the participants from the department to spend time on the network. The role is about clear priorities and support along the way, since balancing daily work and the network is known to be hard. In return, what the network creates should benefit the department.',
  },
  responsibilities: [
    {
      da: 'Få øje på medarbejdere med talent for ledelse på tværs.',
      en: 'Spot staff with a talent for leading across boundaries.',
    },
    {
      da: 'Frigøre ressourcer og planlægge driften, så der er tid til netværket.',
      en: 'Free up resources and plan daily operations so there is time for the network.',
    },
    {
      da: 'Gøre det tydeligt, hvor højt netværksarbejdet prioriteres.',
      en: 'Make clear how high network work ranks among priorities.',
    },
    {
      da: 'Opfordre medarbejdere til at være med i netværk.',
      en: 'Encourage staff to join networks.',
    },
    {
      da: 'Motivere og støtte netværkslederen, når tiden er knap.',
      en: 'Motivate and support the network leader when time is short.',
    },
    {
      da: 'Tale med netværkslederen om, hvordan de nye kompetencer kan bruges i afdelingen.',
      en: 'Talk with the network leader about how the new skills can be used in the department.',
    },
    {
      da: 'Følge værdiskabelsen og sørge for, at deltagerne deler deres erfaringer med kollegerne.',
      en: 'Follow the value being created and make sure participants share their experience with colleagues.',
    },
  ],
  competences: [
    {
      da: 'Kendskab til afdelingens drift og kapacitet.',
      en: "Knowledge of the department's operations and capacity.",
    },
    { da: 'Blik for medarbejdernes potentiale.', en: "An eye for staff members' potential." },
    {
      da: 'Evne til at prioritere og sige fra over for andre opgaver.',
      en: 'The ability to prioritise and say no to other tasks.',
    },
    {
      da: 'Interesse for kompetenceudvikling.',
      en: "An interest in developing people's skills.",
    },
  ],
  relations: [
    {
      with: 'netvaerksleder',
      gives: [
        { da: 'Tid, ro og en klar prioritering.', en: 'Time, calm and a clear priority.' },
        {
          da: 'Opfølgning på fremdrift og tidsforbrug.',
          en: 'Follow-up on progress and time spent.',
        },
      ],
      gets: [
        {
          da: 'Nye ledelseskompetencer, som afdelingen kan trække på.',
          en: 'New leadership skills the department can draw on.',
        },
        {
          da: 'Viden og løsninger, der kan komme afdelingen til gode.',
          en: 'Knowledge and solutions that can benefit the department.',
        },
      ],
    },
    {
      with: 'codriver',
      gives: [
        {
          da: 'Accept af, at sparringen med co-driveren er en del af netværkslederens arbejdstid.',
          en: "Acceptance that sparring with the co-driver is part of the network leader's working time.",
        },
      ],
      gets: [
        {
          da: 'En netværksleder, der får kvalificeret sparring og ikke står alene.',
          en: 'A network leader who gets skilled sparring and does not stand alone.',
        },
      ],
    },
    {
      with: 'referenceleder',
      gives: [
        {
          da: 'Viden om, hvor meget netværksarbejde afdelingen realistisk kan bære.',
          en: 'Knowledge of how much network work the department can realistically carry.',
        },
      ],
      gets: [
        {
          da: 'Forståelse af netværkets strategiske betydning.',
          en: "An understanding of the network's strategic importance.",
        },
      ],
    },
    {
      with: 'deltager',
      gives: [
        {
          da: 'Tid til at deltage og opbakning til at prøve noget nyt.',
          en: 'Time to take part and backing to try something new.',
        },
      ],
      gets: [
        {
          da: 'Erfaringer og idéer, som deltagerne deler med deres kolleger.',
          en: 'Experience and ideas that participants share with their colleagues.',
        },
      ],
    },
  ],
  keyMoments: [
    {
      phaseId: 'opstart',
      text: {
        da: 'Aftalen om tid, dage i sekretariatet og kompetenceudvikling.',
        en: 'The agreement on time, days at the secretariat and competence development.',
      },
    },
    {
      phaseId: null,
      text: {
        da: 'Undervejs: opfølgning på fremdrift og tidsforbrug.',
        en: 'Along the way: following up on progress and time spent.',
      },
    },
    {
      phaseId: 'evaluering',
      text: {
        da: 'Hvad kan komme tilbage til afdelingen, og hvordan deler deltagerne erfaringerne?',
        en: 'What can come back to the department, and how do participants share what they learned?',
      },
    },
    {
      phaseId: 'afrunding',
      text: {
        da: 'Samtalen om, hvordan netværkslederens nye kompetencer bruges i afdelingen.',
        en: "The talk about how the network leader's new skills are used in the department.",
      },
    },
  ],
  holderRequired: true,
};

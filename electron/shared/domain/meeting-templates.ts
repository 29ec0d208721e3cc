/** Ready-made agendas for the meetings every network holds; each one's item minutes fill its duration exactly. */

import { afrundingsmoedeTemplate } from './meeting-template-data/afrundingsmoede';
import { designworkshopTemplate } from './meeting-template-data/designworkshop';
import { ideworkshopTemplate } from './meeting-template-data/ideworkshop';
import { opstartsmoedeTemplate } from './meeting-template-data/opstartsmoede';
import { statusmoedeTemplate } from './meeting-template-data/statusmoede';
import type { MeetingTemplate } from './types';

/** The templates in the order a network meets them. */
export const meetingTemplates: MeetingTemplate[] = [
  opstartsmoedeTemplate,
  designworkshopTemplate,
  statusmoedeTemplate,
  ideworkshopTemplate,
  afrundingsmoedeTemplate,
];

/** Looks a template up by id. */
export function findMeetingTemplate(templateId: string): MeetingTemplate | undefined {
  return meetingTemplates.find((template) => template.id === templateId);
}

import { z } from 'zod';
import { confidentialityLevels } from './case';
import { nameOrders } from './personName';
import { enumField, idListSchema, idSchema, listOf, nullableIdSchema, optionalText, recordObject, requiredText } from './fields';
import { msg, typeError } from './messageKeys';
import { countryCodeSchema } from './validators/country';
import { isoDateTimeSchema, nullableIsoDateSchema } from './validators/isoDate';
import { optionalTimeZoneSchema, timeZoneSchema } from './validators/contactFormats';

export const meetingTypes = [
  'committeeSession',
  'workingGroup',
  'delegationVisit',
  'technicalMeeting',
  'videoCall',
  'jointMissionDebrief',
] as const;
export const meetingModes = ['inPerson', 'virtual', 'hybrid'] as const;
/** The two administrations, from the workspace owner's point of view. */
export const meetingSides = ['own', 'counterpart'] as const;
/** Who hosts: one side, or a third party (e.g. a WCO venue). */
export const hostSides = ['own', 'counterpart', 'thirdParty'] as const;
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export const minutesStatuses = ['draft', 'sentForComments', 'agreedJointMinutes', 'unilateralRecord'] as const;
/** Things handed over at a meeting (risk lists, focal-point lists, statistics, presentations). */
export const exchangedItemKinds = ['riskList', 'focalPointList', 'statistics', 'presentation', 'other'] as const;
export const exchangeDirections = ['given', 'received'] as const;

export type MeetingType = (typeof meetingTypes)[number];
export type MeetingSide = (typeof meetingSides)[number];
export type MinutesStatus = (typeof minutesStatuses)[number];

export const exchangedItemSchema = z.object(
  {
    kind: enumField(exchangedItemKinds),
    direction: enumField(exchangeDirections),
    description: requiredText(500),
    /** The risk list record, when the item is one. */
    riskListId: nullableIdSchema,
  },
  { error: typeError },
);

/**
 * A bilateral meeting. `startsAt`/`endsAt` are instants; `timeZone` is the venue's IANA zone and
 * `counterpartTimeZone` the other capital's, so the app can show both sides' local times
 * (Hanoi UTC+7 vs Washington UTC−5/−4). Delegations are `participants`, the agenda `agendaItems`.
 */
export const meetingFieldsSchema = recordObject({
  id: idSchema,
  title: requiredText(300),
  type: enumField(meetingTypes),
  /** Framework the meeting is held under, e.g. "CMAA". */
  framework: optionalText(100),
  sessionNo: optionalText(30),
  status: enumField(meetingStatuses),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  timeZone: timeZoneSchema,
  counterpartTimeZone: optionalTimeZoneSchema,
  venue: optionalText(300),
  mode: enumField(meetingModes),
  hostSide: enumField(hostSides),
  counterpartCountry: countryCodeSchema,
  itemsExchanged: listOf(exchangedItemSchema),
  nextMeetingOn: nullableIsoDateSchema,
  nextMeetingNote: optionalText(1000),
  minutesStatus: enumField(minutesStatuses),
  classification: enumField(confidentialityLevels),
  caseIds: idListSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export const meetingSchema = meetingFieldsSchema.superRefine((m, ctx) => {
  if (Date.parse(m.endsAt) < Date.parse(m.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: msg.dateOrder });
  }
});
export type Meeting = z.infer<typeof meetingFieldsSchema>;

export const participantRoles = ['coChair', 'head', 'member', 'observer', 'interpreter', 'secretary'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/**
 * A delegation member; the delegation of a side is its participants with that `side`. Family and
 * given names are apart, as in contacts, so the minutes list "NGUYỄN Văn Cẩn" and "John SMITH"
 * each in their own order; at least one of them is required.
 */
export const participantFieldsSchema = recordObject({
  id: idSchema,
  meetingId: idSchema,
  side: enumField(meetingSides),
  familyName: optionalText(100),
  givenName: optionalText(100),
  nameOrder: enumField(nameOrders),
  title: optionalText(200),
  organisation: optionalText(300),
  role: enumField(participantRoles),
  /** Focal-point record of this person, when there is one. */
  contactId: nullableIdSchema,
  attended: z.boolean({ error: typeError }),
});
export const participantSchema = participantFieldsSchema.superRefine((p, ctx) => {
  if (p.familyName === '' && p.givenName === '') {
    ctx.addIssue({ code: 'custom', path: ['familyName'], message: msg.required });
  }
});
export type Participant = z.infer<typeof participantFieldsSchema>;

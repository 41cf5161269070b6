import {
  actionItemStatuses,
  decisionKinds,
  exchangeDirections,
  exchangedItemKinds,
  hostSides,
  meetingModes,
  meetingSides,
  meetingStatuses,
  meetingTypes,
  minutesStatuses,
  participantRoles,
  handlingCodes,
  riskCategories,
  riskEntryStatuses,
  riskLevels,
  riskListSources,
  riskSubjectTypes,
  screeningVerdicts,
  caseDirections,
  caseOutcomes,
  casePriorities,
  caseStatuses,
  caseTypes,
  confidentialityLevels,
  noteKinds,
  partyIdentifierSchemes,
  partyKinds,
  partyRoles,
  proofOfOriginKinds,
  doubtCategories,
  legalInstruments,
  requestLanguages,
  requestOutcomes,
  requestStatuses,
  requestTypes,
  requestUrgencies,
  selectionBases,
  transmissionChannels,
  verificationMethods,
  type Attachment,
  type Case,
  type Deadline,
  type GoodsLine,
  type Note,
  type Party,
  type ProofOfOrigin,
  type Shipment,
  type SyncedTable,
} from '../../shared/domain';

/** Every enumeration a record field takes its values from, by the name its labels live under (`records.values.<name>`). */
export const recordEnums = {
  caseType: caseTypes,
  caseStatus: caseStatuses,
  caseOutcome: caseOutcomes,
  casePriority: casePriorities,
  caseDirection: caseDirections,
  confidentiality: confidentialityLevels,
  partyRole: partyRoles,
  partyKind: partyKinds,
  identifierScheme: partyIdentifierSchemes,
  proofKind: proofOfOriginKinds,
  noteKind: noteKinds,
  requestStatus: requestStatuses,
  requestOutcome: requestOutcomes,
  requestType: requestTypes,
  verificationMethod: verificationMethods,
  legalInstrument: legalInstruments,
  requestLanguage: requestLanguages,
  requestUrgency: requestUrgencies,
  transmissionChannel: transmissionChannels,
  selectionBasis: selectionBases,
  doubtCategory: doubtCategories,
  actionItemStatus: actionItemStatuses,
  meetingType: meetingTypes,
  meetingMode: meetingModes,
  meetingSide: meetingSides,
  hostSide: hostSides,
  meetingStatus: meetingStatuses,
  minutesStatus: minutesStatuses,
  exchangedItemKind: exchangedItemKinds,
  exchangeDirection: exchangeDirections,
  participantRole: participantRoles,
  decisionKind: decisionKinds,
  riskSubjectType: riskSubjectTypes,
  riskCategory: riskCategories,
  riskLevel: riskLevels,
  riskEntryStatus: riskEntryStatuses,
  handlingCode: handlingCodes,
  riskListSource: riskListSources,
  screeningVerdict: screeningVerdicts,
} as const;
export type RecordEnum = keyof typeof recordEnums;

/**
 * How a field's value reads. `id` is the record's own id, never shown (the record's name says
 * which record it is); `caseRef` holds case ids, shown as their references.
 */
export type FieldKind =
  | 'id'
  | 'text'
  | 'list'
  | 'number'
  | 'date'
  | 'dateTime'
  | 'country'
  | 'currency'
  | 'hsCode'
  | 'port'
  | 'identifiers'
  | 'fileSize'
  | 'mediaType'
  | 'caseRef'
  | { enum: RecordEnum };

type KindsOf<T> = { readonly [F in keyof T]-?: FieldKind };
const e = (name: RecordEnum) => ({ enum: name }) as const;

/**
 * The field kinds of the case and its children, one entry per schema field (the types make a
 * missing one a compile error; `recordLabels.test.ts` checks the labels against the schemas).
 */
export const caseTableKinds = {
  cases: {
    id: 'id',
    reference: 'text',
    title: 'text',
    type: e('caseType'),
    status: e('caseStatus'),
    outcome: e('caseOutcome'),
    priority: e('casePriority'),
    partnerCountry: 'country',
    direction: e('caseDirection'),
    legalBasis: 'text',
    summary: 'text',
    assignee: 'text',
    tags: 'list',
    adCvdOrders: 'list',
    confidentiality: e('confidentiality'),
    linkedCaseIds: 'caseRef',
    openedOn: 'date',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
    archivedAt: 'dateTime',
  } satisfies KindsOf<Case>,
  parties: {
    id: 'id',
    caseId: 'caseRef',
    role: e('partyRole'),
    kind: e('partyKind'),
    name: 'text',
    nameLatin: 'text',
    country: 'country',
    address: 'text',
    identifiers: 'identifiers',
  } satisfies KindsOf<Party>,
  goods: {
    id: 'id',
    caseId: 'caseRef',
    lineNo: 'number',
    hsCode: 'hsCode',
    description: 'text',
    declaredOrigin: 'country',
    suspectedOrigin: 'country',
    quantity: 'number',
    unit: 'text',
    value: 'number',
    currency: 'currency',
  } satisfies KindsOf<GoodsLine>,
  shipments: {
    id: 'id',
    caseId: 'caseRef',
    billOfLading: 'text',
    containers: 'list',
    vessel: 'text',
    portOfLoading: 'port',
    portOfDischarge: 'port',
    departureDate: 'date',
    arrivalDate: 'date',
  } satisfies KindsOf<Shipment>,
  proofsOfOrigin: {
    id: 'id',
    caseId: 'caseRef',
    kind: e('proofKind'),
    number: 'text',
    issueDate: 'date',
    issuingBody: 'text',
    issuingCountry: 'country',
  } satisfies KindsOf<ProofOfOrigin>,
  deadlines: {
    id: 'id',
    caseId: 'caseRef',
    title: 'text',
    dueDate: 'date',
    completedAt: 'dateTime',
  } satisfies KindsOf<Deadline>,
  notes: {
    id: 'id',
    caseId: 'caseRef',
    kind: e('noteKind'),
    text: 'text',
    author: 'text',
    createdAt: 'dateTime',
    fromStatus: e('caseStatus'),
    toStatus: e('caseStatus'),
  } satisfies KindsOf<Note>,
  attachments: {
    id: 'id',
    caseId: 'caseRef',
    fileName: 'text',
    mediaType: 'mediaType',
    size: 'fileSize',
    sha256: 'text',
    description: 'text',
  } satisfies KindsOf<Attachment>,
} as const;
export type CaseTable = keyof typeof caseTableKinds;
export const caseTables = Object.keys(caseTableKinds) as CaseTable[];

/**
 * Tables whose screens do not exist yet name only the fields a conflict or history can already
 * show; their features add the rest (and their labels) when they come.
 */
const otherTableKinds: Partial<Record<SyncedTable, Readonly<Record<string, FieldKind>>>> = {
  verificationRequests: { caseId: 'caseRef', status: e('requestStatus'), outcome: e('requestOutcome') },
  actionItems: { status: e('actionItemStatus'), ownerSide: e('meetingSide'), priority: e('casePriority') },
  decisions: { kind: e('decisionKind') },
  meetings: { type: e('meetingType'), status: e('meetingStatus'), mode: e('meetingMode'), hostSide: e('hostSide'), minutesStatus: e('minutesStatus'), classification: e('confidentiality') },
  participants: { side: e('meetingSide'), role: e('participantRole') },
};

/** The kind of a field, or undefined for a field these tables do not describe (shown as text). */
export function fieldKind(table: string, field: string): FieldKind | undefined {
  const kinds = (caseTableKinds as Partial<Record<string, Readonly<Record<string, FieldKind>>>>)[table] ?? otherTableKinds[table as SyncedTable];
  return kinds && Object.hasOwn(kinds, field) ? kinds[field] : undefined;
}

/** Fields a history or an audit line lists: all but the record's own id, which its name already says. */
export function isListedField(table: string, field: string): boolean {
  return fieldKind(table, field) !== 'id';
}

/**
 * Every validation message key the domain schemas can emit. zod issue `message`s are these keys,
 * never English text: the renderer translates them with i18next (`t(issue.message)`), so a key
 * added here must also get text in both bundles of `validationMessages` (a test walks them).
 * Messages are parameter-free on purpose: a key must read well on its own next to its field.
 * Forms say more where the schema knows more (a text's limit, a date's range, `renderer/forms`).
 */
export const msg = {
  required: 'validation.required',
  invalidType: 'validation.invalidType',
  tooLong: 'validation.text.tooLong',
  choice: 'validation.choice.invalid',
  listTooShort: 'validation.list.tooShort',
  listDuplicate: 'validation.list.duplicate',
  id: 'validation.id.invalid',
  number: 'validation.number.invalid',
  integer: 'validation.number.integer',
  nonNegative: 'validation.number.nonNegative',
  positive: 'validation.number.positive',
  dateFormat: 'validation.date.format',
  dateNotReal: 'validation.date.notReal',
  dateOrder: 'validation.date.order',
  dateOutOfRange: 'validation.date.outOfRange',
  dateTimeFormat: 'validation.dateTime.format',
  hsCodeFormat: 'validation.hsCode.format',
  hsCodeLength: 'validation.hsCode.length',
  hsLevelMismatch: 'validation.hsCode.levelMismatch',
  vnTaxCodeFormat: 'validation.vnTaxCode.format',
  vnTaxCodeCheckDigit: 'validation.vnTaxCode.checkDigit',
  vnTaxCodeBranch: 'validation.vnTaxCode.branch',
  leiFormat: 'validation.lei.format',
  leiChecksum: 'validation.lei.checksum',
  usEinFormat: 'validation.usEin.format',
  cnUsccFormat: 'validation.cnUscc.format',
  cnUsccChecksum: 'validation.cnUscc.checksum',
  dunsFormat: 'validation.duns.format',
  midFormat: 'validation.mid.format',
  vnCccdFormat: 'validation.vnCccd.format',
  country: 'validation.country.unknown',
  currency: 'validation.currency.unknown',
  containerFormat: 'validation.container.format',
  containerCheckDigit: 'validation.container.checkDigit',
  unLocodeFormat: 'validation.unLocode.format',
  unLocodeCountry: 'validation.unLocode.country',
  adCvdOrderFormat: 'validation.adCvdOrder.format',
  caseReferenceFormat: 'validation.caseReference.format',
  actionItemReferenceFormat: 'validation.actionItemReference.format',
  emailFormat: 'validation.email.format',
  phoneFormat: 'validation.phone.format',
  timeZone: 'validation.timeZone.unknown',
  sha256Format: 'validation.attachment.sha256',
  mediaTypeFormat: 'validation.attachment.mediaType',
  caseOutcomeRequired: 'validation.case.outcomeRequired',
  caseOutcomeOnlyWhenClosed: 'validation.case.outcomeOnlyWhenClosed',
  caseSelfLink: 'validation.case.selfLink',
  noteStatusChange: 'validation.note.statusChangeFields',
  requestOutcomeRequired: 'validation.request.outcomeRequired',
  requestOutcomeOnlyWhenClosed: 'validation.request.outcomeOnlyWhenClosed',
  requestSentOnRequired: 'validation.request.sentOnRequired',
  requestGoodsRequired: 'validation.request.goodsRequired',
  requestDoubtRequired: 'validation.request.doubtRequired',
  requestVisitRequired: 'validation.request.visitRequired',
  requestOriginDocumentRequired: 'validation.request.originDocumentRequired',
  requestUnsentOutcome: 'validation.request.unsentOutcome',
  requestFrozen: 'validation.request.frozen',
  requestQuestionsRequired: 'validation.request.questionsRequired',
  requestVisitDatesRequired: 'validation.request.visitDatesRequired',
  requestVisitSitesRequired: 'validation.request.visitSitesRequired',
  requestVisitTeamRequired: 'validation.request.visitTeamRequired',
  periodTooLong: 'validation.period.tooLong',
  actionItemSupersededBy: 'validation.actionItem.supersededByRequired',
  riskEntrySubject: 'validation.riskEntry.subjectRequired',
  hlcFormat: 'validation.sync.hlcFormat',
  conflictResolution: 'validation.sync.conflictResolution',
} as const;

/** A validation message key (`validation.…`), the `message` of every domain zod issue. */
export type ValidationMessageKey = (typeof msg)[keyof typeof msg];

/**
 * zod `error` option for base types: a missing value reads "required", a value of the wrong
 * type (e.g. a number where text belongs, from a corrupt import or peer) reads "wrong type".
 */
export function typeError(issue: { readonly input?: unknown }): ValidationMessageKey {
  return issue.input === undefined ? msg.required : msg.invalidType;
}

/** zod `error` option for enums: nothing chosen reads "required", anything else "choose from the list". */
export function choiceError(issue: { readonly input?: unknown }): ValidationMessageKey {
  return issue.input === undefined || issue.input === '' ? msg.required : msg.choice;
}

/**
 * Public entry of the domain: the one definition of every record (zod schemas, inferred types),
 * the synced tables, status machines, field policy, validators, Vietnamese text handling,
 * case references and the validation message bundles. Import from here, not from the files.
 */
export * from './actionItem';
export * from './actionItemFilter';
export * from './case';
export * from './caseChildren';
export * from './caseReference';
export * from './companyName';
export * from './contact';
export * from './deadlineRules';
export * from './fieldPolicy';
export * from './fields';
export * from './meeting';
export * from './meetingCaptureOrder';
export * from './meetingRecord';
export * from './messageKeys';
export * from './party';
export * from './personName';
export * from './requestDeadlines';
export * from './requestParts';
export * from './requestQuestion';
export * from './requestRules';
export * from './riskEntry';
export * from './riskList';
export * from './screeningDecision';
export * from './statusMachines';
export * from './syncRecords';
export * from './tables';
export * from './text';
export * from './validationMessages';
export * from './validators/adCvdOrder';
export * from './validators/cnUscc';
export * from './validators/contactFormats';
export * from './validators/containerNumber';
export * from './validators/country';
export * from './validators/currency';
export * from './validators/dateRange';
export * from './validators/hsCode';
export * from './validators/isoDate';
export * from './validators/lei';
export * from './validators/partyIdentifier';
export * from './validators/unLocode';
export * from './validators/vnTaxCode';
export * from './verificationRequest';

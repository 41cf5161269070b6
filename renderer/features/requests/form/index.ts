// The request form's public pieces, for the requests feature's module and its other pages.
export { RequestEditPage } from './RequestEditPage';
export { RequestDiffView, type RequestDiffViewProps } from './RequestDiffView';
export { AmendmentDiff } from './AmendmentDiff';
export { requestDiff, type RequestDiffEntry } from './requestDiff';
export { createAmendment } from './createAmendment';
export { saveRequest, RequestFormIssuesError, RequestFrozenError } from './saveRequest';
export { requestChanges, type RequestBundle } from './requestChanges';
export { loadRequestBundle, loadCaseForRequest } from './requestData';
export { newRequestFromCase, type CaseForRequest } from './newRequestFromCase';
export { replyDueDefault } from './replyDueDefault';
export { requestFormLocales } from './locales';

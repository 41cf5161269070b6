/**
 * Attachments, below the features: a case's files listed, added by picker or drop (with the
 * size limit), hashed and stored sealed, read back, and opened in the viewer offline (images
 * natively, PDFs through pdf.js). Cases and requests both use it; it imports no feature.
 */
export { AttachmentList, type AttachmentListProps } from './AttachmentList';
export { AttachmentDropZone, type AttachmentDropZoneProps } from './AttachmentDropZone';
export { AttachmentViewer, type AttachmentViewerProps } from './AttachmentViewer';
export { AttachmentBytesProvider, readLocalAttachmentBytes, useReadAttachmentBytes, type ReadAttachmentBytes } from './attachmentBytes';
export {
  AttachmentTooLargeError,
  attachFile,
  fitsAttachmentLimit,
  maxAttachmentBytes,
  removeAttachment,
  type FileToAttach,
} from './attachmentFiles';
export { useCaseAttachments } from './useCaseAttachments';
export { attachmentsLocales, type AttachmentsLocale } from './locales';

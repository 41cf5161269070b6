import { AttachmentList } from '../../attachments';
import { readAttachmentBytes } from '../sync';

/**
 * The case's attached files (the C/O copy, invoices, packing lists), from the attachments room;
 * bytes another device attached are fetched from the workspace's sync server when first opened.
 */
export function CaseAttachments({ caseId }: { caseId: string }) {
  return <AttachmentList caseId={caseId} readBytes={readAttachmentBytes} />;
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../shared/domain';
import { Banner, Button } from '../components';
import { useDatabase } from '../db';
import { useFormat } from '../i18n';
import { usePlatform } from '../platform';
import { mediaTypeText } from '../records';
import { sha256Hex } from '../security/sha256';
import { useReadAttachmentBytes, type ReadAttachmentBytes } from './attachmentBytes';
import { AttachmentHash } from './AttachmentHash';
import { ImageView } from './ImageView';
import { loadBytes, type OpenProblem } from './openProblem';
import { preloadPdfViewer } from './preloadPdfViewer';
import { viewerKind, type ViewerKind } from './viewerKind';
import './attachments.css';

// pdf.js is large: it loads with the first list of attachments (or PDF opened), not with the app.
const PdfViewer = lazy(() => preloadPdfViewer().then((m) => ({ default: m.PdfViewer })));

type Opened =
  | { status: 'loading' }
  | { status: 'problem'; problem: OpenProblem }
  | { status: 'ready'; bytes: Uint8Array<ArrayBuffer>; kind: ViewerKind; mediaType: string; matches: boolean };

export interface AttachmentViewerProps {
  attachment: Attachment;
  onClose: () => void;
  /** How bytes not on this device are fetched; the `AttachmentBytesProvider`'s reader unless given. */
  readBytes?: ReadAttachmentBytes;
}

/**
 * Opens an attachment inside the app, with no network needed once its bytes are on this device:
 * an image drawn natively, a PDF in the embedded viewer, anything else offered as a copy to save.
 * Shows the file's SHA-256 (to compare with the sender's) and whether the bytes opened match it.
 * Bytes this device lacks are fetched through the reader, and it says so plainly when they cannot be.
 */
export function AttachmentViewer({ attachment, onClose, readBytes }: AttachmentViewerProps) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const platform = usePlatform();
  const fileSize = useFormat().fileSize;
  const read = useReadAttachmentBytes(readBytes);
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setOpened({ status: 'loading' });
    void (async () => {
      const loaded = await loadBytes(() => read(db, attachment.sha256), () => navigator.onLine);
      if (!('bytes' in loaded)) {
        if (current) setOpened({ status: 'problem', problem: loaded.problem });
        return;
      }
      const matches = (await sha256Hex(loaded.bytes)) === attachment.sha256;
      if (current) setOpened({ status: 'ready', bytes: loaded.bytes, matches, ...viewerKind(attachment.mediaType, loaded.bytes) });
    })();
    return () => {
      current = false;
    };
  }, [db, read, attachment.sha256, attachment.mediaType]);

  const typeText = mediaTypeText(t, attachment.mediaType);
  const name = attachment.fileName;

  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className="modal attachment-viewer-modal">
        <Dialog className="dialog attachment-viewer">
          {({ close }) => (
            <>
              <div className="attachment-viewer-header">
                <Heading slot="title" className="dialog-title attachment-viewer-title">
                  {name}
                </Heading>
                <p className="attachment-viewer-details">{t('attachments.viewer.details', { type: typeText, size: fileSize(attachment.size) })}</p>
                <AttachmentHash name={name} sha256={attachment.sha256} matches={opened.status === 'ready' ? opened.matches : null} />
              </div>
              <div className="attachment-viewer-body">
                {opened.status === 'loading' && <p role="status">{t('attachments.opening', { name })}</p>}
                {opened.status === 'problem' && <Banner tone="error">{t(`attachments.problem.${opened.problem}`, { name })}</Banner>}
                {opened.status === 'ready' && opened.kind === 'image' && <ImageView bytes={opened.bytes} mediaType={opened.mediaType} name={name} />}
                {opened.status === 'ready' && opened.kind === 'pdf' && (
                  <Suspense fallback={<p role="status">{t('attachments.pdf.loading')}</p>}>
                    <PdfViewer bytes={opened.bytes} name={name} />
                  </Suspense>
                )}
                {opened.status === 'ready' && opened.kind === 'other' && <Banner tone="info">{t('attachments.viewer.unsupported', { type: typeText })}</Banner>}
              </div>
              <div className="dialog-footer">
                <Button
                  isDisabled={opened.status !== 'ready'}
                  onPress={() => opened.status === 'ready' && void platform.saveFile(name, opened.bytes, attachment.mediaType)}
                  aria-label={t('attachments.saveNamed', { name })}
                >
                  {t('attachments.save')}
                </Button>
                <Button variant="primary" onPress={close}>
                  {t('attachments.viewer.close')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

import type { ReactNode } from 'react';
import { DropZone, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../components';
import { useFormat } from '../i18n';
import { maxAttachmentBytes } from './attachmentFiles';
import { useAttachFiles, type AttachFiles } from './useAttachFiles';

/** "Attach files…": the system's file picker, several files at once. */
export function AttachButton({ attach }: { attach: AttachFiles }) {
  const { t } = useTranslation();
  return (
    <FileTrigger allowsMultiple onSelect={(list) => void attach.add(Array.from(list ?? []))}>
      <Button size="small" isDisabled={attach.busy !== null}>
        {t('attachments.add')}
      </Button>
    </FileTrigger>
  );
}

/**
 * The area files are dropped on (outlined while a drag is over it), with the size limit stated
 * under it and, after an attempt, what was not attached and why.
 */
export function DropArea({ attach, children }: { attach: AttachFiles; children?: ReactNode }) {
  const { t } = useTranslation();
  const fileSize = useFormat().fileSize;
  return (
    <>
      <DropZone className="attachments-drop" onDrop={(event) => void attach.addDropped(event.items)} aria-label={t('attachments.dropLabel')}>
        {children}
        <p className="attachments-hint">{t('attachments.hint', { limit: fileSize(maxAttachmentBytes) })}</p>
      </DropZone>
      {attach.busy && <p role="status">{attach.busy}</p>}
      {attach.problems.length > 0 && (
        <Banner tone="error">
          {attach.problems.map((p, i) => (
            <p key={i}>{t(p.key, p.values)}</p>
          ))}
        </Banner>
      )}
    </>
  );
}

export interface AttachmentDropZoneProps {
  /** The case the files are attached to (a request's attachments are its case's). */
  caseId: string;
  /** Called with the ids of the attachments just made, e.g. to include them in a request. */
  onAttached?: (ids: string[]) => void;
  children?: ReactNode;
}

/** A picker button and a drop area that attach files to a case, on their own (no list). */
export function AttachmentDropZone({ caseId, onAttached, children }: AttachmentDropZoneProps) {
  const attach = useAttachFiles(caseId, onAttached);
  return (
    <div className="attachments-drop-zone">
      <AttachButton attach={attach} />
      <DropArea attach={attach}>{children}</DropArea>
    </div>
  );
}

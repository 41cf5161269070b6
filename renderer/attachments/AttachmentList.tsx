import { useEffect, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../shared/domain';
import { Banner, Button, ConfirmDialog, FormSection } from '../components';
import { useDatabase } from '../db';
import { useFormat } from '../i18n';
import { usePlatform } from '../platform';
import { mediaTypeText } from '../records';
import { AttachButton, DropArea } from './AttachmentDropZone';
import { useReadAttachmentBytes, type ReadAttachmentBytes } from './attachmentBytes';
import { removeAttachment } from './attachmentFiles';
import { AttachmentViewer } from './AttachmentViewer';
import { loadBytes } from './openProblem';
import { preloadPdfViewer } from './preloadPdfViewer';
import { useAttachFiles, type AttachProblem } from './useAttachFiles';
import { useCaseAttachments } from './useCaseAttachments';
import './attachments.css';

export interface AttachmentListProps {
  /** The case whose attachments are listed, and to which added files are attached. */
  caseId: string;
  /** The section's heading; "Attachments" unless given. */
  title?: string;
  headingLevel?: 2 | 3;
  /**
   * Shows an "Include" checkbox per file (a request picks which of its case's attachments it
   * sends). Files attached through this list are included at once.
   */
  selectable?: boolean;
  selectedIds?: readonly string[];
  onSelectedChange?: (ids: string[]) => void;
  /** How bytes not on this device are fetched; the `AttachmentBytesProvider`'s reader unless given. */
  readBytes?: ReadAttachmentBytes;
}

/**
 * A case's attached files (the C/O copy, invoices, packing lists, photos): add them by button or
 * by dropping them on the section, open one in the viewer, save a copy, remove. The bytes are
 * sealed on this device and uploaded with the next sync; another device fetches them when first
 * opened, and keeps them.
 */
export function AttachmentList({ caseId, title, headingLevel, selectable = false, selectedIds = [], onSelectedChange, readBytes }: AttachmentListProps) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const platform = usePlatform();
  const fileSize = useFormat().fileSize;
  const read = useReadAttachmentBytes(readBytes);
  const attachments = useCaseAttachments(db, caseId);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<AttachProblem | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const selected = new Set(selectedIds);
  const setIncluded = (ids: string[], included: boolean) =>
    onSelectedChange?.(included ? [...selectedIds, ...ids.filter((id) => !selected.has(id))] : selectedIds.filter((id) => !ids.includes(id)));
  const attach = useAttachFiles(caseId, selectable ? (ids) => setIncluded(ids, true) : undefined);
  const hasFiles = (attachments?.length ?? 0) > 0;
  useEffect(() => {
    if (hasFiles) void preloadPdfViewer().catch(() => undefined);
  }, [hasFiles]);

  const save = async (attachment: Attachment) => {
    setProblem(null);
    setBusy(t('attachments.opening', { name: attachment.fileName }));
    const loaded = await loadBytes(() => read(db, attachment.sha256), () => navigator.onLine);
    setBusy(null);
    if ('bytes' in loaded) await platform.saveFile(attachment.fileName, loaded.bytes, attachment.mediaType);
    else setProblem({ key: `attachments.problem.${loaded.problem}`, values: { name: attachment.fileName } });
  };

  const remove = async (attachment: Attachment) => {
    setProblem(null);
    await removeAttachment(db, attachment, { actor: actor || deviceId, deviceId }).catch((error: unknown) =>
      setProblem({ key: 'attachments.removeFailed', values: { name: attachment.fileName, reason: error instanceof Error ? error.message : String(error) } }),
    );
    if (selected.has(attachment.id)) setIncluded([attachment.id], false);
  };

  return (
    <FormSection title={title ?? t('attachments.title')} headingLevel={headingLevel} actions={<AttachButton attach={attach} />}>
      <DropArea attach={attach}>
        {attachments === undefined ? null : attachments.length === 0 ? (
          <p className="attachments-none">{t('attachments.none')}</p>
        ) : (
          <table className="attachments-table" data-testid="case-attachments">
            <thead>
              <tr>
                {selectable && <th scope="col">{t('attachments.include')}</th>}
                <th scope="col">{t('attachments.fileName')}</th>
                <th scope="col">{t('attachments.type')}</th>
                <th scope="col">{t('attachments.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('attachments.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attachments.map((a) => (
                <tr key={a.id}>
                  {selectable && (
                    <td>
                      <Checkbox
                        className="checkbox"
                        aria-label={t('attachments.includeNamed', { name: a.fileName })}
                        isSelected={selected.has(a.id)}
                        onChange={(included) => setIncluded([a.id], included)}
                      >
                        <span className="checkbox-box" aria-hidden="true" />
                      </Checkbox>
                    </td>
                  )}
                  <td className="attachments-name">{a.fileName}</td>
                  <td>{mediaTypeText(t, a.mediaType)}</td>
                  <td>{fileSize(a.size)}</td>
                  <td className="attachments-actions">
                    <Button size="small" variant="quiet" onPress={() => setViewing(a)} aria-label={t('attachments.openNamed', { name: a.fileName })}>
                      {t('attachments.open')}
                    </Button>
                    <Button size="small" variant="quiet" onPress={() => void save(a)} aria-label={t('attachments.saveNamed', { name: a.fileName })}>
                      {t('attachments.save')}
                    </Button>
                    <Button size="small" variant="quiet" onPress={() => setRemoving(a)} aria-label={t('attachments.removeNamed', { name: a.fileName })}>
                      {t('attachments.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DropArea>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('attachments.removeTitle')}
        tone="danger"
        confirmLabel={t('attachments.remove')}
        onConfirm={() => (removing ? remove(removing) : undefined)}
      >
        <p>{t('attachments.removeBody', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
      {viewing && <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} readBytes={read} />}
      {busy && <p role="status">{busy}</p>}
      {problem && <Banner tone="error">{t(problem.key, problem.values)}</Banner>}
    </FormSection>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DropZone, FileTrigger, type DropItem } from 'react-aria-components';
import type { Attachment } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, FormSection } from '../../components';
import { useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { usePlatform } from '../../platform';
import { mediaTypeText } from '../../records';
import { readAttachmentBytes } from '../sync';
import { AttachmentTooLargeError, attachFile, maxAttachmentBytes, removeAttachment, type FileToAttach } from './caseAttachments';
import { toRecord } from './useCaseBundle';

type Problem = { key: string; values: Record<string, string> };

async function toFileToAttach(file: File): Promise<FileToAttach> {
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The case's attached files (the C/O copy, invoices, packing lists): add by button or by dropping
 * files on the section, save a copy, remove. The bytes are sealed on this device and uploaded
 * with the next sync; on another device they are downloaded when first opened.
 */
export function CaseAttachments({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const platform = usePlatform();
  const fileSize = useFormat().fileSize;
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const ctx = { actor: actor || deviceId, deviceId };
  const attachments = useLiveQuery(
    async () => (await db.attachments.where('caseId').equals(caseId).toArray()).filter((a) => a.deleted === 0).map((a) => toRecord(a) as Attachment),
    [db, caseId],
  );

  const add = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      setBusy(t('cases.attachments.adding', { name: file.name }));
      try {
        if (file.size > maxAttachmentBytes) throw new AttachmentTooLargeError(file.name);
        await attachFile(db, caseId, await toFileToAttach(file), ctx);
      } catch (error) {
        setProblem(
          error instanceof AttachmentTooLargeError
            ? { key: 'cases.attachments.tooLarge', values: { name: file.name, limit: fileSize(maxAttachmentBytes) } }
            : { key: 'cases.attachments.addFailed', values: { name: file.name, reason: error instanceof Error ? error.message : String(error) } },
        );
        break; // what was added before stays; the message names the file that was not
      }
    }
    setBusy(null);
  };

  const save = async (attachment: Attachment) => {
    setProblem(null);
    setBusy(t('cases.attachments.opening', { name: attachment.fileName }));
    try {
      const bytes = await readAttachmentBytes(db, attachment.sha256);
      if (bytes) await platform.saveFile(attachment.fileName, bytes, attachment.mediaType);
      else setProblem({ key: 'cases.attachments.notHere', values: { name: attachment.fileName } });
    } catch {
      setProblem({ key: 'cases.attachments.downloadFailed', values: { name: attachment.fileName } });
    } finally {
      setBusy(null);
    }
  };

  const remove = async (attachment: Attachment) => {
    setProblem(null);
    await removeAttachment(db, attachment, ctx).catch((error: unknown) =>
      setProblem({ key: 'cases.attachments.removeFailed', values: { name: attachment.fileName, reason: error instanceof Error ? error.message : String(error) } }),
    );
  };

  const dropped = async (items: DropItem[]) => {
    const files = await Promise.all(items.flatMap((item) => (item.kind === 'file' ? [item.getFile()] : [])));
    await add(files);
  };

  return (
    <FormSection
      title={t('cases.attachments.title')}
      actions={
        <FileTrigger allowsMultiple onSelect={(list) => void add(Array.from(list ?? []))}>
          <Button size="small" isDisabled={busy !== null}>
            {t('cases.attachments.add')}
          </Button>
        </FileTrigger>
      }
    >
      <DropZone className="case-attachments-drop" onDrop={(event) => void dropped(event.items)} aria-label={t('cases.attachments.dropLabel')}>
        {attachments === undefined ? null : attachments.length === 0 ? (
          <p className="case-none">{t('cases.attachments.none')}</p>
        ) : (
          <table className="case-table" data-testid="case-attachments">
            <thead>
              <tr>
                <th scope="col">{t('cases.attachments.fileName')}</th>
                <th scope="col">{t('cases.attachments.type')}</th>
                <th scope="col">{t('cases.attachments.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('cases.attachments.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attachments.map((a) => (
                <tr key={a.id}>
                  <td>{a.fileName}</td>
                  <td>{mediaTypeText(t, a.mediaType)}</td>
                  <td>{fileSize(a.size)}</td>
                  <td className="case-attachments-actions">
                    <Button size="small" variant="quiet" onPress={() => void save(a)} aria-label={t('cases.attachments.saveNamed', { name: a.fileName })}>
                      {t('cases.attachments.save')}
                    </Button>
                    <Button size="small" variant="quiet" onPress={() => setRemoving(a)} aria-label={t('cases.attachments.removeNamed', { name: a.fileName })}>
                      {t('cases.attachments.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="case-attachments-hint">{t('cases.attachments.hint', { limit: fileSize(maxAttachmentBytes) })}</p>
      </DropZone>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('cases.attachments.removeTitle')}
        tone="danger"
        confirmLabel={t('cases.attachments.remove')}
        onConfirm={() => (removing ? remove(removing) : undefined)}
      >
        <p>{t('cases.attachments.removeBody', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
      {busy && <p role="status">{busy}</p>}
      {problem && <Banner tone="error">{t(problem.key, problem.values)}</Banner>}
    </FormSection>
  );
}

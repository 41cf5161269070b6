import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningVerdict } from '../../../../shared/domain';
import { Banner, Button, Dialog, TextArea } from '../../../components';
import { commitChanges, newId, useDatabase } from '../../../db';
import { entryTitle } from '../browse/entryTitle';
import type { DecidedHit } from './useDecidedHits';

/** Records the officer's decision on a hit, with a note (synced, audited; the same entry in later versions keeps it). */
export function DecisionDialog({ caseId, item, verdict, onClose }: { caseId: string; item: DecidedHit; verdict: ScreeningVerdict; onClose(): void }) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const title = t(verdict === 'confirmed' ? 'screening.decide.confirmTitle' : 'screening.decide.dismissTitle', { entry: entryTitle(item.hit.entry) });

  const save = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { hit, entryKey, decision } = item;
      const fields = { caseId, subjectTable: hit.subjectTable, subjectId: hit.subjectId, entryId: hit.entryId, entryKey, verdict, note, decidedBy: actor || deviceId };
      await commitChanges(db, [{ table: 'screeningDecisions', id: decision?.id ?? newId(), op: 'put', fields }], { actor: actor || deviceId, deviceId });
      onClose();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => (isOpen ? undefined : onClose())}
      title={title}
      footer={
        <>
          <Button onPress={onClose}>{t('common.actions.cancel')}</Button>
          <Button variant="primary" isDisabled={busy} onPress={() => void save()}>
            {verdict === 'confirmed' ? t('screening.confirm') : t('screening.notAMatch')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{t(verdict === 'confirmed' ? 'screening.decide.confirmHelp' : 'screening.decide.dismissHelp')}</p>
        <TextArea label={t('screening.decide.note')} value={note} onChange={setNote} rows={3} maxLength={5000} />
        {failed ? <Banner tone="error" title={t('screening.decide.failed')}>{failed}</Banner> : null}
      </div>
    </Dialog>
  );
}

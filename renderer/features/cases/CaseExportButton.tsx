import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import { useDatabase } from '../../db';
import { usePlatform } from '../../platform';
import { recordExport } from '../audit';
import { caseExportFileName, caseExportJson, loadCaseExport } from './caseExport';

/**
 * Exports the case whole as `<reference>.json` through the host's save dialog (the web host
 * downloads it). Once the file is saved (not when the dialog is cancelled) the export is written
 * to the audit trail: case data leaving the application is law-enforcement data leaving it.
 */
export function CaseExportButton({ caseId, reference }: { caseId: string; reference: string }) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const who = actor || deviceId;

  const exportCase = async () => {
    setBusy(true);
    setMessage('');
    try {
      const data = await loadCaseExport(db, caseId, { exportedBy: who, now: new Date() });
      if (!data) throw new Error(`Case ${caseId} is not on this device`);
      const file = caseExportFileName(reference);
      if (await platform.saveFile(file, caseExportJson(data), 'application/json')) {
        await recordExport(db, 'cases', caseId, { actor: who, deviceId });
        setMessage(t('cases.export.done', { file }));
      }
    } catch (error) {
      console.warn('Case export failed', error);
      setMessage(t('cases.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button isDisabled={busy} onPress={() => void exportCase()}>
        {t('cases.export.button')}
      </Button>
      <span role="status" className="case-export-status">
        {message}
      </span>
    </>
  );
}

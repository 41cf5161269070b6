import { useTranslation } from 'react-i18next';
import { Button } from '../../../components';
import { useDatabase } from '../../../db';
import { SaveStatus, useFileSave } from '../../../export';
import { recordExport } from '../../audit';
import { loadMeetingBundle } from '../data/meetingData';
import { meetingExportFileName, meetingJson } from './meetingJson';

/**
 * "Export JSON": saves the meeting, its delegations, agenda, decisions, notes and action items
 * as one JSON file through the host's save dialog (the web host downloads it), and says what
 * happened beside the button. Once saved (not when the dialog is cancelled) the export is
 * written to the audit trail, as a case's is: meeting records leaving the application.
 */
export function MeetingJsonExportButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const { state, save } = useFileSave();
  const who = actor || deviceId;

  const exportMeeting = async () => {
    const bundle = await loadMeetingBundle(db, meetingId);
    if (!bundle) return;
    const file = meetingExportFileName(bundle.meeting);
    const text = meetingJson(bundle, { exportedAt: new Date().toISOString(), exportedBy: who });
    if (await save(file, text, 'application/json', 1)) await recordExport(db, 'meetings', meetingId, { actor: who, deviceId });
  };

  return (
    <>
      <Button isDisabled={state.kind === 'saving'} onPress={() => void exportMeeting().catch((error: unknown) => console.warn('Meeting export failed', error))}>
        {t('meetingDocuments.export.button')}
      </Button>
      <SaveStatus state={state} countsRows={false} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../components';
import { useFormat } from '../i18n';

export interface DraftNoticeProps {
  /** When the restored draft was last written (`useFormDraft().restoredAt`); nothing shows when null. */
  savedAt: string | null;
  onDiscard: () => void;
}

/**
 * Says, calmly, that the form shows an unsaved draft rather than the saved record, and offers
 * to go back to the saved record (or the empty form) with "Discard draft".
 */
export function DraftNotice({ savedAt, onDiscard }: DraftNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!savedAt) return null;
  return (
    <Banner
      tone="info"
      title={t('common.drafts.restored', { time: format.dateTime(savedAt) })}
      action={
        <Button variant="secondary" size="small" onPress={onDiscard}>
          {t('common.drafts.discard')}
        </Button>
      }
    >
      {t('common.drafts.restoredHelp')}
    </Banner>
  );
}

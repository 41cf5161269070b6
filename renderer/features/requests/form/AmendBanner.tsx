import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Banner, Button } from '../../../components';
import { commitChanges, newId, useDatabase } from '../../../db';
import { useFormat } from '../../../i18n';
import { createAmendment } from './createAmendment';
import { requestChanges, type RequestBundle } from './requestChanges';

/**
 * What the edit page shows for a sent request: it cannot change, and a correction is an
 * amendment. The button writes the amendment (a new draft linked to the sent request, in one
 * commit) and opens its form.
 */
export function AmendBanner({ sent }: { sent: RequestBundle }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { db, deviceId, actor } = useDatabase();
  const [busy, setBusy] = useState(false);
  const amend = async () => {
    setBusy(true);
    try {
      const amendment = createAmendment(sent.request, sent.questions, { id: newId(), newQuestionId: newId, now: new Date() });
      await commitChanges(db, requestChanges(null, amendment), { actor: actor || deviceId, deviceId });
      navigate(`/requests/${amendment.request.id}/edit`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="request-edit-page">
      <Banner
        tone="info"
        title={t('requestForm.frozen.title', { date: fmt.date(sent.request.sentOn ?? sent.request.frozenAt) })}
        action={
          <Button variant="primary" isDisabled={busy} onPress={() => void amend()}>
            {busy ? t('requestForm.frozen.amending') : t('requestForm.frozen.amend')}
          </Button>
        }
      >
        {t('requestForm.frozen.body')}
      </Banner>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components';
import { copyText } from './copyText';

/**
 * The file's SHA-256, as recorded when it was attached: what an officer compares with the hash a
 * partner administration quotes for the same document. With a Copy button, and, once the bytes
 * are open, whether they match it (`matches` null until then).
 */
export function AttachmentHash({ name, sha256, matches }: { name: string; sha256: string; matches: boolean | null }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const labelId = useId();
  return (
    <div className="attachment-hash">
      <span className="attachment-hash-label" id={labelId}>
        {t('attachments.viewer.sha256')}
      </span>
      <code className="attachment-hash-value" aria-labelledby={labelId} data-testid="attachment-sha256">
        {sha256}
      </code>
      <Button size="small" onPress={() => void copyText(sha256).then(setCopied)} aria-label={t('attachments.viewer.copyNamed', { name })}>
        {t('attachments.viewer.copy')}
      </Button>
      <span role="status" className="attachment-hash-copied">
        {copied === null ? '' : t(copied ? 'attachments.viewer.copied' : 'attachments.viewer.copyFailed')}
      </span>
      {matches !== null && (
        <p className={matches ? 'attachment-hash-match' : 'attachment-hash-mismatch'}>
          {t(matches ? 'attachments.viewer.verified' : 'attachments.viewer.mismatch')}
        </p>
      )}
    </div>
  );
}

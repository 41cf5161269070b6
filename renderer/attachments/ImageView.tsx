import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components';

/** A blob: URL for the bytes while the component shows them (the CSP's img-src allows blob:). */
function useObjectUrl(bytes: Uint8Array<ArrayBuffer>, mediaType: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, mediaType]);
  return url;
}

/** An attached image drawn by the browser itself, scaled down to fit, its file name as its text. */
export function ImageView({ bytes, mediaType, name }: { bytes: Uint8Array<ArrayBuffer>; mediaType: string; name: string }) {
  const { t } = useTranslation();
  const url = useObjectUrl(bytes, mediaType);
  const [failed, setFailed] = useState(false);
  if (failed) return <Banner tone="error">{t('attachments.viewer.imageFailed')}</Banner>;
  return url ? <img className="attachment-image" src={url} alt={name} onError={() => setFailed(true)} /> : null;
}

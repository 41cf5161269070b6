import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../../components';
import { useRiskLists } from '../data/useRiskLists';
import { HitCard } from './HitCard';
import type { QuickHit } from './screeningProtocol';
import { useScreeningStore } from './screeningStore';

/** The id of the quick-screen box's name field, which Alt+Q focuses. */
export const quickScreenNameId = 'quick-screen-name';

/** `VN_MST:0100233488` → the scheme and value; null when empty; 'invalid' when not written so. */
function readIdentifier(text: string): { scheme: string; value: string } | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(trimmed);
  return match ? { scheme: match[1]!.toUpperCase(), value: match[2]!.trim() } : 'invalid';
}

/** The Risk lists page's quick-screen box: a name (with a country), an identifier or an HS code against every list in force. */
export function QuickScreen() {
  const { t } = useTranslation();
  const client = useScreeningStore((s) => s.client);
  const rows = useRiskLists();
  const indexing = useScreeningStore((s) => s.indexing);
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [hsCode, setHsCode] = useState('');
  const [hits, setHits] = useState<QuickHit[] | null>(null);
  const parsedIdentifier = readIdentifier(identifier);

  const screen = async (event: FormEvent) => {
    event.preventDefault();
    if (!client || indexing || parsedIdentifier === 'invalid') return;
    setHits(await client.quick({ name, country: country.trim().toUpperCase(), identifier: parsedIdentifier, hsCode: hsCode.replace(/\D/g, '') }));
  };

  return (
    <section className="form-section stack quick-screen" aria-labelledby="quick-screen-title">
      <div>
        <h2 id="quick-screen-title">{t('screening.quick.title')}</h2>
        <p className="muted">{t('screening.quick.help')}</p>
      </div>
      <form className="quick-screen-form" onSubmit={(e) => void screen(e)}>
        <TextField id={quickScreenNameId} label={t('screening.quick.name')} value={name} onChange={setName} />
        <TextField label={t('screening.quick.country')} value={country} onChange={setCountry} maxLength={2} />
        <TextField label={t('screening.quick.identifier')} value={identifier} onChange={setIdentifier}
          errorMessage={parsedIdentifier === 'invalid' ? t('screening.quick.badIdentifier') : undefined} />
        <TextField label={t('screening.quick.hsCode')} value={hsCode} onChange={setHsCode} />
        {/* While the lists are being prepared, a screen would run against those held before: a
            list just arrived could answer "no hit" for a name it carries. */}
        <Button type="submit" variant="primary" isDisabled={!client || indexing}>
          {t('screening.quick.run')}
        </Button>
      </form>
      {indexing ? <p role="status" className="muted">{t('screening.quick.notReady')}</p> : null}
      {hits ? (
        <div className="stack" aria-live="polite">
          <p role="status">{hits.length === 0 ? t('screening.quick.none') : t('screening.quick.results', { count: hits.length })}</p>
          {hits.slice(0, 50).map((hit) => (
            <HitCard key={`${hit.listId}/${hit.entryId}`} subject={null} hit={hit} list={rows?.find((r) => r.list.id === hit.listId)?.list} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

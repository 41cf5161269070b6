import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHsCode, normalizeHsCode } from '../../../shared/domain';
import { TextField } from '../../components';
import { useHsMatch } from './useHsLookup';

/**
 * Type an HS code (dots and spaces allowed), read its description from the imported tariff or the
 * built-in HS 2022. For a national 8/10-digit code not listed it names its nearest broader code.
 */
export function HsCodeLookup() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const match = useHsMatch(code);
  const digits = normalizeHsCode(code);

  let result: string | null = null;
  if (digits !== '' && match !== undefined) {
    if (match === null) result = t('referenceData.lookup.noMatch');
    else if (match.code === digits) result = match.description;
    else result = t('referenceData.lookup.nearest', { code: formatHsCode(match.code), description: match.description });
  }

  return (
    <div className="hs-lookup stack">
      <h3>{t('referenceData.lookup.title')}</h3>
      <TextField
        label={t('referenceData.lookup.codeLabel')}
        description={t('referenceData.lookup.codeHint')}
        value={code}
        onChange={setCode}
        inputMode="numeric"
        autoComplete="off"
      />
      <p role="status" aria-live="polite" className="hs-lookup-result">
        {result}
      </p>
    </div>
  );
}

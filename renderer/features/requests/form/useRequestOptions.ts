import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { data as currencies } from 'currency-codes';
import {
  caseDirections,
  confidentialityLevels,
  doubtCategories,
  legalInstruments,
  partyIdentifierSchemes,
  proofOfOriginKinds,
  requestLanguages,
  requestTypes,
  requestUrgencies,
  selectionBases,
  transmissionChannels,
  verificationMethods,
} from '../../../../shared/domain';
import { useUiLanguage } from '../../../i18n';
import type { Option } from '../../../components';
import { countryChoices } from '../../../forms';

/**
 * Translated choices for every fixed list of the request form, named by the records' words
 * (`records.values.*`, the words the audit log and the letter use too); rebuilt only when the
 * language changes. Countries are named and sorted in the UI language; currencies are ISO 4217.
 */
export function useRequestOptions() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return useMemo(() => {
    const of = (values: readonly string[], name: string): Option[] => values.map((id) => ({ id, label: t(`records.values.${name}.${id}`) }));
    const countries = countryChoices(lang);
    return {
      directions: of(caseDirections, 'caseDirection'),
      requestTypes: of(requestTypes, 'requestType'),
      methods: of(verificationMethods, 'verificationMethod'),
      instruments: of(legalInstruments, 'legalInstrument'),
      languages: of(requestLanguages, 'requestLanguage'),
      urgencies: of(requestUrgencies, 'requestUrgency'),
      confidentiality: of(confidentialityLevels, 'confidentiality'),
      channels: of(transmissionChannels, 'transmissionChannel'),
      proofKinds: of(proofOfOriginKinds, 'proofKind'),
      identifierSchemes: of(partyIdentifierSchemes, 'identifierScheme'),
      selectionBases: of(selectionBases, 'selectionBasis'),
      doubtCategories: of(doubtCategories, 'doubtCategory'),
      countries,
      currencies: currencies.map((c): Option => ({ id: c.code, label: c.code, detail: c.currency })),
      countryName: (code: string) => countries.find((c) => c.id === code)?.label ?? code,
    };
  }, [t, lang]);
}

export type RequestOptions = ReturnType<typeof useRequestOptions>;

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { data as currencies } from 'currency-codes';
import {
  caseDirections,
  caseOutcomes,
  casePriorities,
  caseStatuses,
  caseTypes,
  confidentialityLevels,
  partyIdentifierSchemes,
  partyKinds,
  partyRoles,
  proofOfOriginKinds,
} from '../../../shared/domain';
import { useUiLanguage } from '../../i18n';
import type { Option } from '../../components';
import { countryChoices } from '../../forms';

/**
 * Translated choices for every fixed list the case screens show, rebuilt only when the language
 * changes. Countries are named in the UI language and sorted by that name (`countryChoices`).
 */
export function useCaseOptions() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return useMemo(() => {
    const of = (values: readonly string[], prefix: string): Option[] =>
      values.map((id) => ({ id, label: t(`${prefix}.${id}`) }));
    const countries = countryChoices(lang);
    const currencyOptions: Option[] = currencies.map((c) => ({ id: c.code, label: c.code, detail: c.currency }));
    return {
      statuses: of(caseStatuses, 'cases.status'),
      types: of(caseTypes, 'cases.type'),
      outcomes: of(caseOutcomes, 'cases.outcome'),
      priorities: of(casePriorities, 'cases.priority'),
      directions: of(caseDirections, 'cases.direction'),
      confidentiality: of(confidentialityLevels, 'cases.confidentiality'),
      partyRoles: of(partyRoles, 'cases.partyRole'),
      partyKinds: of(partyKinds, 'cases.partyKind'),
      identifierSchemes: of(partyIdentifierSchemes, 'cases.identifierScheme'),
      proofKinds: of(proofOfOriginKinds, 'cases.proofKind'),
      countries,
      currencies: currencyOptions,
    };
  }, [t, lang]);
}

export type CaseOptions = ReturnType<typeof useCaseOptions>;

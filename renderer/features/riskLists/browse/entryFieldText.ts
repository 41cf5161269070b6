import type { TFunction } from 'i18next';
import type { RiskEntry } from '../../../../shared/domain';
import type { RiskEntryField } from '../../../../shared/riskLists/diffRiskLists';
import type { useFormat } from '../../../i18n';
import { enumLabel, hsCodeText } from '../../../records';

type Formatter = ReturnType<typeof useFormat>;

/** A field's value as the entry dialog writes it: codes by their labels, lists joined, dates formatted. */
export function entryFieldText(field: RiskEntryField, value: unknown, t: TFunction, fmt: Formatter): string {
  if (value === null || value === undefined || value === '') return '';
  const v = value as RiskEntry[typeof field];
  switch (field) {
    case 'subjectType':
      return enumLabel(t, 'riskSubjectType', v as string);
    case 'riskLevel':
      return enumLabel(t, 'riskLevel', v as string);
    case 'status':
      return enumLabel(t, 'riskEntryStatus', v as string);
    case 'handlingCode':
      return enumLabel(t, 'handlingCode', v as string);
    case 'riskCategories':
      return (v as RiskEntry['riskCategories']).map((c) => enumLabel(t, 'riskCategory', c)).join(', ');
    case 'hsCode':
      return hsCodeText(v as string);
    case 'claimedOrigin':
    case 'suspectedOrigin':
      return fmt.countryName(v as string);
    case 'transitCountries':
      return (v as string[]).map((c) => fmt.countryName(c)).join(', ');
    case 'listedOn':
    case 'validFrom':
    case 'validTo':
      return fmt.date(v as string);
    case 'aliases':
      return (v as RiskEntry['aliases']).map((a) => (a.nameLatin ? `${a.name} (${a.nameLatin})` : a.name)).join('; ');
    case 'identifiers':
      return (v as RiskEntry['identifiers']).map((i) => `${i.scheme}: ${i.value}`).join('; ');
    case 'addresses':
      return (v as RiskEntry['addresses']).map((a) => [a.address, a.country ? fmt.countryName(a.country) : ''].filter(Boolean).join(', ')).join('; ');
    default:
      return Array.isArray(v) ? v.join('; ') : String(v);
  }
}


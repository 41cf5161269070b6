import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, StatusBadge, type Option } from '../../components';
import type { CaseFormValues } from './caseForm';
import { useFieldError } from './formFields';
import { resolveLinkedCases, searchLinkCandidates } from './linkedCases';
import { useCaseSummaries } from './useCaseSummaries';

/**
 * "Linked cases": find another case by reference or title (accent-blind) and add it; each linked
 * case is a chip with its own Remove button, so the list is operable by keyboard alone. The case
 * itself is never offered.
 */
export function LinkedCasesField({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { field } = useController<CaseFormValues, 'linkedCaseIds'>({ name: 'linkedCaseIds' });
  const errorMessage = useFieldError('linkedCaseIds');
  const summaries = useCaseSummaries();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const linked = field.value ?? [];

  const candidates = summaries ? searchLinkCandidates(summaries.list, query, { selfId: caseId, linkedIds: linked }) : [];
  const options: Option[] = candidates.map((c) => ({
    id: c.id,
    label: `${c.reference} — ${c.title}`,
    detail: t(`cases.status.${c.status}`),
  }));
  const chips = resolveLinkedCases(linked, summaries?.byId ?? new Map());

  // Only a picked case counts: react-aria also reports "no selection" while the officer types.
  const add = (id: string | null) => {
    if (id === null) return;
    if (id !== caseId && !linked.includes(id)) field.onChange([...linked, id]);
    setQuery('');
  };
  // The removed chip's button disappears with it; focus goes back to the search, not the page.
  const remove = (id: string) => {
    field.onChange(linked.filter((x) => x !== id));
    input.current?.focus();
  };

  return (
    <div className="case-links-field">
      <ComboBox
        label={t('cases.links.field')}
        description={t('cases.links.fieldHelp')}
        placeholder={t('cases.links.placeholder')}
        errorMessage={errorMessage}
        options={options}
        value={null}
        onChange={add}
        inputValue={query}
        onInputChange={setQuery}
        onBlur={field.onBlur}
        inputRef={(el) => {
          input.current = el;
          field.ref(el);
        }}
        menuTrigger="input"
      />
      {chips.length > 0 ? (
        <ul className="case-link-chips" aria-label={t('cases.links.field')}>
          {chips.map((chip) => {
            const id = chip.missing ? chip.id : chip.summary.id;
            const name = chip.missing ? t('cases.links.missing') : chip.summary.reference;
            return (
              <li key={id} className="case-link-chip">
                {chip.missing ? (
                  <span>{name}</span>
                ) : (
                  <>
                    <span className="case-ref">{chip.summary.reference}</span>
                    <span className="case-link-title">{chip.summary.title}</span>
                    <StatusBadge status={chip.summary.status} label={t(`cases.status.${chip.summary.status}`)} />
                  </>
                )}
                <Button variant="quiet" size="small" onPress={() => remove(id)} aria-label={t('cases.links.remove', { reference: name })}>
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/domain';
import { Button, DateField, TextField } from '../../../components';
import { newId } from '../../../db';
import { useFormat } from '../../../i18n';
import { addHolidayChange, removeHolidayChange, type HolidayDraft, type HolidayErrors } from './deadlineRuleEdits';
import { useRuleCommit } from './useRuleCommit';

/**
 * The holidays business days skip: listed by date, each with Remove; a date and a name to add one.
 * `readOnly`: the list alone (a device whose member does not administer the workspace).
 */
export function HolidayList({ holidays, onStatus, readOnly = false }: { holidays: readonly Holiday[]; onStatus: (message: string) => void; readOnly?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const commit = useRuleCommit();
  const [draft, setDraft] = useState<HolidayDraft>({ date: null, name: '' });
  const [errors, setErrors] = useState<HolidayErrors>({});
  const failed = (failure: unknown) => onStatus(t('requestDeadlines.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) }));

  const add = () => {
    const result = addHolidayChange(newId(), draft, holidays);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    const name = draft.name.trim();
    commit(result.change).then(() => {
      setDraft({ date: null, name: '' });
      onStatus(t('requestDeadlines.holidayAdded', { name }));
    }, failed);
  };

  return (
    <section aria-labelledby="deadline-holidays-title">
      <h3 id="deadline-holidays-title" className="section-subtitle">
        {t('requestDeadlines.holidays')}
      </h3>
      <p className="field-description">{t('requestDeadlines.holidaysIntro')}</p>
      {holidays.length === 0 ? (
        <p className="muted">{t('requestDeadlines.noHolidays')}</p>
      ) : (
        <ul className="deadline-holidays">
          {holidays.map((h) => (
            <li key={h.id}>
              <span>
                <span className="deadline-holiday-date">{fmt.date(h.date)}</span> {h.name}
              </span>
              {readOnly ? null : (
                <Button
                  size="small"
                  variant="quiet"
                  aria-label={t('requestDeadlines.removeLabel', { name: h.name, date: fmt.date(h.date) })}
                  onPress={() => commit(removeHolidayChange(h.id)).then(() => onStatus(t('requestDeadlines.holidayRemoved', { name: h.name })), failed)}
                >
                  {t('requestDeadlines.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <form
          className="field-grid field-grid-3 deadline-holiday-add"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <DateField
            label={t('requestDeadlines.holidayDate')}
            value={draft.date}
            onChange={(date) => setDraft((d) => ({ ...d, date }))}
            errorMessage={errors.date ? t(errors.date) : null}
          />
          <TextField
            label={t('requestDeadlines.holidayName')}
            value={draft.name}
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
            errorMessage={errors.name ? t(errors.name) : null}
          />
          <div className="deadline-rule-actions">
            <Button type="submit">{t('requestDeadlines.addHoliday')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}

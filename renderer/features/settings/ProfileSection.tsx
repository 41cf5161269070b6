import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { usePreferences } from '../../profile';
import { Button, FieldGrid, FormActions, FormSection, TextField } from '../../components';
import { checkDisplayName } from './displayName';

/** The user's display name, recorded as the actor of every change made on this device. */
export function ProfileSection() {
  const { t } = useTranslation();
  const stored = usePreferences((s) => s.displayName);
  const setDisplayName = usePreferences((s) => s.setDisplayName);
  const [draft, setDraft] = useState(stored);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = checkDisplayName(draft);
    setErrorKey(result.errorKey);
    if (result.errorKey) return;
    setDisplayName(result.value);
    setDraft(result.value);
    setSaved(true);
  };

  return (
    <FormSection title={t('settings.profile.title')}>
      <Form onSubmit={save} validationBehavior="aria" className="form">
        <FieldGrid columns={2}>
          <TextField
            label={t('settings.profile.nameLabel')}
            description={t('settings.profile.nameDescription')}
            errorMessage={errorKey ? t(errorKey) : null}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              setSaved(false);
            }}
            autoComplete="name"
            isRequired
          />
        </FieldGrid>
        <FormActions>
          <Button type="submit" variant="primary">
            {t('settings.profile.save')}
          </Button>
          <p role="status" className="form-status">
            {saved ? t('settings.profile.saved') : null}
          </p>
        </FormActions>
      </Form>
    </FormSection>
  );
}

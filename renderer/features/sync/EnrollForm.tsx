import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { usePreferences } from '../../profile';
import { Banner, Button, FieldGrid, FormActions, TextField } from '../../components';
import { useDatabase } from '../../db/DatabaseProvider';
import { usePlatform } from '../../platform';
import { connectDevice } from './connectDevice';
import { checkDeviceName, checkEnrollmentCode, checkServerUrl } from './enrollInput';
import { enrollProblemFor, type EnrollProblem } from './syncMessages';
import { useSyncStore } from './syncStore';
import { useDefaultDeviceName } from './useDefaultDeviceName';
import { deleteWorkspace } from './workspaceSwitch';

type Errors = { serverUrl?: string | null; code?: string | null; deviceName?: string | null; form?: EnrollProblem | null };

/**
 * Enrolls this device: server address, enrollment code, device name. Each field shows its own
 * error (bad address, nothing answering, used or expired code). On success the work done so far
 * on this device is adopted into the workspace, the app switches to it, the `local` database
 * is deleted once nothing reads it any more, and the host is told the server's origin.
 */
export function EnrollForm() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const platform = usePlatform();
  const workspaceId = usePreferences((s) => s.workspaceId);
  const setWorkspaceId = usePreferences((s) => s.setWorkspaceId);
  const displayName = usePreferences((s) => s.displayName);
  const setDisplayName = usePreferences((s) => s.setDisplayName);
  const proposedName = useDefaultDeviceName();
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const url = checkServerUrl(serverUrl);
    const enrollmentCode = checkEnrollmentCode(code);
    const name = checkDeviceName(deviceName ?? proposedName);
    setErrors({ serverUrl: url.errorKey, code: enrollmentCode.errorKey, deviceName: name.errorKey });
    if (url.errorKey || enrollmentCode.errorKey || name.errorKey) return;
    setBusy(true);
    try {
      const { settings, adopted } = await connectDevice({
        serverUrl: url.value,
        code: enrollmentCode.value,
        deviceName: name.value,
        current: { workspaceId, db },
      });
      if (!displayName) setDisplayName(settings.member.name);
      useSyncStore.getState().setJustEnrolled({ workspaceName: settings.workspace.name, adopted: adopted?.queued ?? 0 });
      const left = workspaceId;
      setWorkspaceId(settings.workspace.id);
      // Everything of `local` now lives in the workspace (adopted in one transaction).
      const cleanedUp =
        left === 'local' && adopted
          ? deleteWorkspace('local').catch((error: unknown) => console.error('deleting local db failed', error))
          : Promise.resolve();
      // Last, once `local` is gone: the desktop host reloads the page under a policy naming only this server.
      void cleanedUp
        .then(() => platform.setSyncServer(new URL(settings.serverUrl).origin))
        .catch((error: unknown) => console.error('setting the sync server failed', error));
    } catch (error) {
      const problem = enrollProblemFor(error);
      setErrors(problem.field === 'form' ? { form: problem } : { [problem.field]: problem.key });
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form" data-testid="enroll-form">
      <FieldGrid columns={1}>
        <TextField
          label={t('sync.settings.serverUrl')}
          description={t('sync.settings.serverUrlDescription')}
          errorMessage={errors.serverUrl ? t(errors.serverUrl) : null}
          value={serverUrl}
          onChange={setServerUrl}
          type="url"
          inputMode="url"
          autoComplete="url"
          isRequired
          data-testid="enroll-server-url"
        />
        <TextField
          label={t('sync.settings.code')}
          description={t('sync.settings.codeDescription')}
          errorMessage={errors.code ? t(errors.code) : null}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          isRequired
          data-testid="enroll-code"
        />
        <TextField
          label={t('sync.settings.deviceName')}
          description={t('sync.settings.deviceNameDescription')}
          errorMessage={errors.deviceName ? t(errors.deviceName) : null}
          value={deviceName ?? proposedName}
          onChange={setDeviceName}
          isRequired
          data-testid="enroll-device-name"
        />
      </FieldGrid>
      {errors.form ? (
        <Banner tone="error">
          {t(errors.form.key, { reason: errors.form.reasonKey ? t(errors.form.reasonKey) : '' })}
        </Banner>
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy} data-testid="enroll-submit">
          {busy ? t('sync.settings.enrolling') : t('sync.settings.enroll')}
        </Button>
      </FormActions>
    </Form>
  );
}

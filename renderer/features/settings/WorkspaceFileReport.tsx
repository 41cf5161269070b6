import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { WorkspaceFileProgress, WorkspaceFileSummary } from '../../workspaceFile';

/** How far a long export or import is: its step in words and a bar, announced politely. */
export function WorkspaceFileProgressBar({ progress }: { progress: WorkspaceFileProgress }) {
  const { t } = useTranslation();
  const percent = Math.round(progress.fraction * 100);
  const label = t(`settings.workspaceFile.step.${progress.step}`);
  return (
    <div className="import-progress cluster">
      <progress max={100} value={percent} aria-label={label} />
      <span role="status">{t('settings.workspaceFile.stepPercent', { step: label, percent })}</span>
    </div>
  );
}

/** What a workspace file holds, per kind ("Cases: 3"), and the attachments whose files it lacks. */
export function WorkspaceFileCounts({ summary }: { summary: WorkspaceFileSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (summary.counts.length === 0) return <p>{t('settings.workspaceFile.nothing')}</p>;
  return (
    <>
      <ul className="workspace-file-counts" data-testid="workspace-file-counts">
        {summary.counts.map(({ kind, count }) => (
          <li key={kind}>
            {t(`settings.workspaceFile.kind.${kind}`)}: {format.number(count, 0)}
          </li>
        ))}
      </ul>
      {summary.attachmentsWithoutFiles > 0 ? <p>{t('settings.workspaceFile.filesMissing', { count: summary.attachmentsWithoutFiles })}</p> : null}
    </>
  );
}

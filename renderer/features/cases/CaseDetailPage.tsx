import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Case } from '../../../shared/domain';
import { Badge, Banner, Button, ConfirmDialog, FormSection, PageHeader, StatusBadge } from '../../components';
import { RecordActivity, useRecordView } from '../audit';
import { ConflictMarker, RecordHistory } from '../conflicts';
import { CaseActionItems } from '../actionItems';
import { CaseRequests } from '../requests';
import { CaseScreening } from '../riskLists';
import { useFormat } from '../../i18n';
import { archiveChanges } from './caseActions';
import { CaseAttachments } from './CaseAttachments';
import { CaseChildrenView } from './CaseChildrenView';
import { CaseExportButton } from './CaseExportButton';
import { CaseLinksView } from './CaseLinksView';
import { CaseStatusActions } from './CaseStatusActions';
import { CaseTimeline } from './CaseTimeline';
import { useCaseBundle, useCaseNotes } from './useCaseBundle';
import { useCaseCommit } from './useCaseCommit';
import { useCaseOptions } from './useCaseOptions';
import './cases.css';

function Facts({ c }: { c: Case }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dash = t('cases.detail.noValue');
  // Dates are marked so they stay on one line (a date cut in three reads badly).
  const rows: [string, string, 'date'?][] = [
    [t('cases.fields.reference'), c.reference],
    [t('cases.fields.type'), t(`cases.type.${c.type}`)],
    [t('cases.fields.direction'), t(`cases.direction.${c.direction}`)],
    [t('cases.fields.partnerCountry'), fmt.countryName(c.partnerCountry)],
    [t('cases.fields.priority'), t(`cases.priority.${c.priority}`)],
    [t('cases.fields.confidentiality'), t(`cases.confidentiality.${c.confidentiality}`)],
    [t('cases.fields.legalBasis'), c.legalBasis],
    [t('cases.fields.assignee'), c.assignee],
    [t('cases.fields.openedOn'), fmt.date(c.openedOn), 'date'],
    [t('cases.fields.outcome'), c.outcome ? t(`cases.outcome.${c.outcome}`) : ''],
    [t('cases.fields.tags'), c.tags.join(', ')],
    [t('cases.fields.adCvdOrders'), c.adCvdOrders.join(', ')],
    [t('cases.fields.createdAt'), fmt.dateTime(c.createdAt), 'date'],
    [t('cases.fields.updatedAt'), fmt.dateTime(c.updatedAt), 'date'],
  ];
  return (
    <dl className="case-facts">
      {rows.map(([label, value, kind]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd className={kind === 'date' ? 'case-facts-date' : undefined}>{value || dash}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `/cases/:id`: the dossier, its status moves, its timeline; archive instead of delete. */
export function CaseDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const options = useCaseOptions();
  const bundle = useCaseBundle(id);
  const notes = useCaseNotes(id);
  const { commit } = useCaseCommit();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [failed, setFailed] = useState(false);
  // Opening a case is an audit event (issue 4), once the case is on screen.
  useRecordView('cases', id, bundle != null);

  if (bundle === undefined) return <p role="status">{t('cases.detail.loading')}</p>;
  if (bundle === null) {
    return (
      <Banner tone="error" title={t('cases.detail.notFound')}>
        <Link href="/cases">{t('cases.detail.back')}</Link>
      </Banner>
    );
  }
  const c = bundle.case;
  const archived = c.archivedAt !== null;
  const setArchived = async (archive: boolean) => {
    setFailed(false);
    await commit(archiveChanges(c.id, archive, new Date())).catch(() => setFailed(true));
  };

  return (
    <div className="case-detail-page">
      <PageHeader
        before={<Link href="/cases">{t('cases.detail.back')}</Link>}
        title={c.title}
        subtitle={
          <>
            <span className="case-ref">{c.reference}</span>{' '}
            <StatusBadge status={c.status} label={t(`cases.status.${c.status}`)} />{' '}
            {archived ? <Badge>{t('cases.list.archived')}</Badge> : null}
          </>
        }
        actions={
          <>
            <Link href={`/cases/${c.id}/edit`} className="btn btn-secondary">
              {t('cases.detail.edit')}
            </Link>
            <CaseExportButton caseId={c.id} reference={c.reference} />
            <Link href={`/cases/${c.id}/dossier`} className="btn btn-secondary">
              {t('caseDossier.print')}
            </Link>
            {archived ? (
              <Button onPress={() => void setArchived(false)}>{t('cases.detail.unarchive')}</Button>
            ) : (
              <Button onPress={() => setConfirmArchive(true)}>{t('cases.detail.archive')}</Button>
            )}
          </>
        }
      />
      <ConflictMarker caseId={c.id} />
      {archived ? <Banner tone="info" title={t('cases.detail.archivedBanner')} /> : null}
      {failed ? <Banner tone="error" title={t('cases.detail.actionFailed')} /> : null}
      <ConfirmDialog
        isOpen={confirmArchive}
        onOpenChange={setConfirmArchive}
        title={t('cases.detail.archiveConfirmTitle')}
        confirmLabel={t('cases.detail.archive')}
        onConfirm={() => setArchived(true)}
      >
        <p>{t('cases.detail.archiveConfirmBody')}</p>
      </ConfirmDialog>
      <div className="case-detail">
        <div>
          <FormSection title={t('cases.transition.heading')}>
            <CaseStatusActions c={c} options={options} />
          </FormSection>
          <FormSection title={t('cases.detail.overview')}>
            <Facts c={c} />
            {c.summary ? <p className="case-timeline-text">{c.summary}</p> : null}
          </FormSection>
          <CaseLinksView c={c} />
          <CaseChildrenView bundle={bundle} />
          <CaseRequests caseId={c.id} />
          <CaseActionItems caseId={c.id} />
          <CaseScreening caseId={c.id} parties={bundle.parties} goods={bundle.goods} />
          <CaseAttachments caseId={c.id} />
          <RecordHistory table="cases" recordId={id} />
          <RecordActivity table="cases" recordId={id} reference={c.reference} />
        </div>
        <CaseTimeline caseId={c.id} notes={notes} />
      </div>
    </div>
  );
}

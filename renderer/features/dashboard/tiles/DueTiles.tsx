import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n';
import { dueActionFilters } from '../dashboardFigures';
import type { ActionItemFigures, DueActionItem, DueRequest, RequestFigures } from '../dashboardData';
import { actionsRoute, meetingRoute, requestRoute, requestsRoute } from '../dashboardLinks';
import { Tile, TileCount, TileLink, TileList } from '../Tile';

function RequestLine({ request }: { request: DueRequest }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <TileLink to={requestRoute(request.id)} className="dashboard-item">
      <span className="dashboard-item-ref mono">{request.ourReference || request.caseReference}</span>
      <span className="dashboard-item-text">{request.subject}</span>
      <span className="dashboard-item-meta">
        {request.dueKind ? t(`dashboard.requests.${request.dueKind}`) : null} · {t('dashboard.dueOn', { date: fmt.date(request.dueOn) })}
      </span>
    </TileLink>
  );
}

/** Replies and acknowledgements overdue and due this week, as the register counts them. */
export function RequestDueTiles({ figures }: { figures: RequestFigures | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tile = (key: 'overdue' | 'dueThisWeek', tone: 'danger' | 'warning') => {
    const part = figures?.[key];
    return (
      <Tile id={`requests-${key}`} title={t(`dashboard.requests.${key}`)} to={requestsRoute({ due: key })}>
        {part ? (
          <>
            <TileCount value={fmt.number(part.count)} label={t('dashboard.requests.count', { count: part.count })} tone={tone} />
            <TileList items={part.first} total={part.count} empty={t(`dashboard.requests.${key}None`)} render={(r) => <RequestLine request={r} />} />
          </>
        ) : undefined}
      </Tile>
    );
  };
  return (
    <>
      {tile('overdue', 'danger')}
      {tile('dueThisWeek', 'warning')}
    </>
  );
}

function ActionLine({ item, listRoute }: { item: DueActionItem; listRoute: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    // An item has no page of its own: it leads to the meeting it came from, else to the tile's list.
    <TileLink to={item.meetingId ? meetingRoute(item.meetingId) : listRoute} className="dashboard-item">
      <span className="dashboard-item-ref mono">{item.reference}</span>
      <span className="dashboard-item-text">{item.text}</span>
      <span className="dashboard-item-meta">
        {[item.owner, item.dueDate ? t('dashboard.dueOn', { date: fmt.date(item.dueDate) }) : t('dashboard.noDate')].filter(Boolean).join(' · ')}
      </span>
    </TileLink>
  );
}

/** Action items overdue and due this week, by the tracker's own filters. */
export function ActionDueTiles({ figures }: { figures: ActionItemFigures | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tile = (key: 'overdue' | 'thisWeek', tone: 'danger' | 'warning') => {
    const part = figures?.[key];
    return (
      <Tile id={`actions-${key}`} title={t(`dashboard.actions.${key}`)} to={actionsRoute(dueActionFilters[key])}>
        {part ? (
          <>
            <TileCount value={fmt.number(part.count)} label={t('dashboard.actions.count', { count: part.count })} tone={tone} />
            <TileList items={part.first} total={part.count} empty={t(`dashboard.actions.${key}None`)} render={(a) => <ActionLine item={a} listRoute={actionsRoute(dueActionFilters[key])} />} />
          </>
        ) : undefined}
      </Tile>
    );
  };
  return (
    <>
      {tile('overdue', 'danger')}
      {tile('thisWeek', 'warning')}
    </>
  );
}

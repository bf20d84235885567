import { ResponsiveRows } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import type { LeaderRow } from './leader-board-row';
import { leaderRowAttributes, useLeaderColumns } from './leader-board-row';

export interface LeaderBoardTableProps {
  leaders: readonly LeaderRow[];
  neighbourhood: { id: string; name: string };
  historyDays: number;
}

export function LeaderBoardTable({ leaders, neighbourhood, historyDays }: LeaderBoardTableProps) {
  const { t } = useTranslation();
  const columns = useLeaderColumns(neighbourhood, historyDays);
  return (
    <ResponsiveRows
      rows={leaders}
      columns={columns}
      rowKey={(leader) => leader.person.id}
      rowAttributes={leaderRowAttributes}
      label={t('accessible.leaderBoard', { neighbourhood: neighbourhood.name })}
      testId="leaders-table"
      minWidth={680}
      highlightOnHover
    />
  );
}

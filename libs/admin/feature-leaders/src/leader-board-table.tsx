import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeaderRow } from './leader-board-row';
import { LeaderBoardRow } from './leader-board-row';

export interface LeaderBoardTableProps {
  leaders: readonly LeaderRow[];
  neighbourhood: { id: string; name: string };
  historyDays: number;
}

export function LeaderBoardTable({ leaders, neighbourhood, historyDays }: LeaderBoardTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="leaders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leaders.rank')}</Table.Th>
            <Table.Th>{t('leaders.person')}</Table.Th>
            <Table.Th>{t('leaders.score')}</Table.Th>
            <Table.Th>{t('leaders.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leaders.map((leader) => (
            <LeaderBoardRow key={leader.person.id} leader={leader} neighbourhood={neighbourhood} historyDays={historyDays} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

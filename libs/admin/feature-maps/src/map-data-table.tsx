import { Box, Text } from '@mantine/core';
import type { RowColumn } from '@relais/admin-ui';
import { ResponsiveRows } from '@relais/admin-ui';
import type { ReactNode } from 'react';

export interface MapDataTableProps {
  /** What the table holds, also its toggle's words. */
  caption: string;
  columns: readonly string[];
  rows: readonly MapDataRow[];
  testId?: string;
  /** On each row, for tests that count what the map shows. */
  rowTestId?: string;
}

export interface MapDataRow {
  key: string;
  cells: readonly ReactNode[];
}

/**
 * The map's figures as a table, folded under the map: screen readers and keyboards get the same
 * facts as the colours, and anyone may open it to compare quartiers by number. On a phone, a card
 * per row, its first cell as the card's heading.
 */
export function MapDataTable({ caption, columns, rows, testId, rowTestId }: MapDataTableProps) {
  const described: RowColumn<MapDataRow>[] = columns.map((header, index) => ({
    key: `${index}`,
    header,
    card: index === 0 ? 'heading' : 'field',
    rowHeader: index === 0,
    cell: (row) =>
      index === 0 ? (
        <Text size="sm" fw={500} span>
          {row.cells[index]}
        </Text>
      ) : (
        row.cells[index]
      ),
  }));
  return (
    <Box component="details" data-testid={testId} mt="xs">
      <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
        {caption}
      </Text>
      <Box mt="xs">
        <ResponsiveRows rows={rows} columns={described} rowKey={(row) => row.key} rowAttributes={() => ({ 'data-testid': rowTestId })} label={caption} minWidth={320} />
      </Box>
    </Box>
  );
}

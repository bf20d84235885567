import { Box, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface MapDataTableProps {
  /** What the table holds, also its toggle's words. */
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  testId?: string;
  /** On each row, for tests that count what the map shows. */
  rowTestId?: string;
}

/**
 * The map's figures as a table, folded under the map: screen readers and keyboards get the same
 * facts as the colours, and anyone may open it to compare quartiers by number.
 */
export function MapDataTable({ caption, columns, rows, testId, rowTestId }: MapDataTableProps) {
  return (
    <Box component="details" data-testid={testId} mt="xs">
      <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={320} mt="xs">
        <Table striped withTableBorder captionSide="top">
          <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid={rowTestId}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <Table.Th key={index} scope="row" fw={500}>
                      {cell}
                    </Table.Th>
                  ) : (
                    <Table.Td key={index}>{cell}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}

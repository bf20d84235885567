import { Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWideScreen } from './use-wide-screen';

/** Attributes a row carries as a table row and as a card alike, for tests and styles. */
export type RowAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };

export interface RowColumn<Row> {
  key: string;
  /** The column's head on a wide screen, and the label beside its value on a card. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /**
   * Where the value goes on a card: at its top as the row's heading, a labelled line (the
   * default), or the row's actions at its foot, full width so every button fits.
   */
  card?: 'heading' | 'field' | 'actions';
  align?: 'left' | 'right';
  /** Given to the table cell and to the card's line, so one test finds it either way. */
  testId?: string;
  /** The cell names its row (a quartier's name before its figures): a row header in the table. */
  rowHeader?: boolean;
  /** Width limits of the table cell. */
  miw?: TableTdProps['miw'];
  maw?: TableTdProps['maw'];
}

export interface ResponsiveRowsProps<Row> {
  rows: readonly Row[];
  columns: readonly RowColumn<Row>[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => RowAttributes;
  /** Names the table, or the list of cards, for screen readers. */
  label: string;
  /** The table's test id; the list of cards has the same one. */
  testId?: string;
  /** Below this width the table scrolls inside its frame on a wide screen. */
  minWidth?: number;
  striped?: boolean;
  highlightOnHover?: boolean;
}

/**
 * Rows described once, drawn as a table on a wide screen and as a stack of cards under 768 px,
 * where a table would make a person scroll sideways to reach its last columns and its actions.
 */
export function ResponsiveRows<Row>(props: ResponsiveRowsProps<Row>) {
  const wide = useWideScreen();
  return wide ? <RowsTable {...props} /> : <RowsCards {...props} />;
}

function RowsTable<Row>({ rows, columns, rowKey, rowAttributes, label, testId, minWidth = 0, striped = true, highlightOnHover }: ResponsiveRowsProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} verticalSpacing="xs" aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column) => {
                const Cell = column.rowHeader ? Table.Th : Table.Td;
                return (
                  <Cell key={column.key} scope={column.rowHeader ? 'row' : undefined} ta={column.align} miw={column.miw} maw={column.maw} data-testid={column.testId}>
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowsCards<Row>({ rows, columns, rowKey, rowAttributes, label, testId }: ResponsiveRowsProps<Row>) {
  const place = (where: NonNullable<RowColumn<Row>['card']>) => columns.filter((column) => (column.card ?? 'field') === where);
  const [headings, fields, actions] = [place('heading'), place('field'), place('actions')];
  return (
    <Stack gap="xs" role="list" aria-label={label} data-testid={testId}>
      {rows.map((row) => (
        <Paper key={rowKey(row)} withBorder p="sm" role="listitem" {...rowAttributes?.(row)}>
          <Stack gap={6}>
            {headings.map((column) => (
              <Box key={column.key} data-testid={column.testId}>
                {column.cell(row)}
              </Box>
            ))}
            {fields.map((column) => (
              <Group key={column.key} gap="xs" align="baseline" wrap="nowrap">
                <Text size="xs" c="dimmed" w="35%" style={{ flexShrink: 0 }}>
                  {column.header}
                </Text>
                <Box miw={0} fz="sm" style={{ flex: 1, overflowWrap: 'anywhere' }} data-testid={column.testId}>
                  {column.cell(row)}
                </Box>
              </Group>
            ))}
            {actions.map((column) => (
              <Box key={column.key} data-testid={column.testId}>
                {column.cell(row)}
              </Box>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

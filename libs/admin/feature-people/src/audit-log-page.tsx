import { useQuery } from '@apollo/client';
import { Code, Group, Loader, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AuditLogQuery } from '@relais/admin-data-access';
import { AuditLogDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { RowColumn } from '@relais/admin-ui';
import { DateField, QueryError, ResponsiveRows } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditActor } from './audit-actor';
import type { AuditLogForm } from './audit-log-filter';
import { auditLogVariables, idFilter } from './audit-log-filter';

export const AUDIT_PER_PAGE = 50;
const ID_FILTERS = [
  { field: 'personId', label: 'audit.personId', testId: 'audit-person' },
  { field: 'readerId', label: 'audit.readerId', testId: 'audit-reader' },
] as const;
type AuditEntry = AuditLogQuery['auditLog']['items'][number];
const ACTIONS = [
  'READ_ADDRESS',
  'UPDATE_SETTING',
  'PROMOTE_AMBASSADOR',
  'DEMOTE_AMBASSADOR',
  'RECORD_CONSENT',
  'SEND_CAMPAIGN',
  'MODERATE_IDEA',
  'HIDE_IDEA_COMMENT',
  'ARCHIVE_WAY_TO_HELP',
  'RETRY_EMAIL',
  'ERASE_PERSON',
] as const;

/** « Journal d'audit », for ADMIN: who saw or changed what, filtered and a page at a time. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [form, setForm] = useState<AuditLogForm>({ personId: '', readerId: '', action: null, from: '', to: '' });
  const [page, setPage] = useState(1);
  const filters = auditLogVariables(form);

  // A new filter starts again at page 1 (adjusted during render, as on the people page).
  const filterKey = JSON.stringify(filters);
  const [pageFilterKey, setPageFilterKey] = useState(filterKey);
  if (filterKey !== pageFilterKey) {
    setPageFilterKey(filterKey);
    setPage(1);
  }

  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { ...(filters ?? {}), first: AUDIT_PER_PAGE, offset: (page - 1) * AUDIT_PER_PAGE },
    skip: !filters,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const totalCount = shown?.auditLog.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(totalCount / AUDIT_PER_PAGE));
  const set = (patch: Partial<AuditLogForm>) => setForm((current) => ({ ...current, ...patch }));
  const idError = (value: string) => (idFilter(value).valid ? null : t('audit.badId'));
  const columns: RowColumn<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), cell: (entry) => <Text size="sm">{format.dateTime(entry.at)}</Text> },
    { key: 'actor', header: t('audit.actor'), cell: (entry) => <AuditActor entry={entry} onFilter={(readerId) => set({ readerId })} /> },
    { key: 'action', header: t('audit.action'), cell: (entry) => <Text size="sm">{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</Text> },
    {
      key: 'subject',
      header: t('audit.subject'),
      cell: (entry) => (
        <>
          <Text size="xs" c="dimmed">
            {entry.subjectType}
          </Text>
          <Code>{entry.subjectId}</Code>
        </>
      ),
    },
    { key: 'detail', header: t('audit.detail'), cell: (entry) => entry.detail && <Code>{entry.detail}</Code> },
  ];

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('audit.title')}</Title>
        <Group gap="xs">
          <Text c="dimmed">{t('audit.intro')}</Text>
          <Text c="dimmed" data-testid="audit-count">
            {t('audit.count', { count: totalCount })}
          </Text>
          {loading && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
      </div>
      <Group align="flex-start" wrap="wrap">
        {ID_FILTERS.map(({ field, label, testId }) => (
          <TextInput
            key={field}
            label={t(label)}
            placeholder={t('audit.idPlaceholder')}
            value={form[field]}
            error={idError(form[field])}
            onChange={(event) => set({ [field]: event.currentTarget.value })}
            data-testid={testId}
            w={{ base: '100%', sm: 290 }}
          />
        ))}
        <Select
          label={t('audit.action')}
          placeholder={t('audit.allActions')}
          data={ACTIONS.map((value) => ({ value, label: t(`audit.actions.${value}`) }))}
          value={form.action}
          onChange={(value) => set({ action: value })}
          clearable
          data-testid="audit-action"
          w={{ base: '100%', sm: 200 }}
        />
        <DateField label={t('audit.from')} value={form.from} onChange={(from) => set({ from })} clearable testId="audit-from" w={190} />
        <DateField label={t('audit.to')} value={form.to} onChange={(to) => set({ to })} clearable testId="audit-to" w={190} />
      </Group>
      {error && (
        <QueryError error={error} onRetry={() => refetch()} title={t('audit.loadFailed')} testId="audit-error" />
      )}
      {shown && shown.auditLog.items.length === 0 && (
        <Text c="dimmed" data-testid="audit-empty">
          {t('audit.empty')}
        </Text>
      )}
      {shown && shown.auditLog.items.length > 0 && (
        <ResponsiveRows
          rows={shown.auditLog.items}
          columns={columns}
          rowKey={(entry) => entry.id}
          rowAttributes={() => ({ 'data-testid': 'audit-entry' })}
          label={t('accessible.auditLog')}
          testId="audit-table"
          minWidth={760}
        />
      )}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="audit-pagination" />}
    </Stack>
  );
}

import { useQuery } from '@apollo/client';
import { Badge, NavLink } from '@mantine/core';
import { MyRelayTasksDocument } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RELAYS_PATH } from './campaign-paths';

export interface RelaysNavLinkProps {
  active: boolean;
  onClick: () => void;
}

/**
 * « Mes relais » in the navigation, only for people who were given something to relay: few people
 * are ambassadors, and a link to an empty page would puzzle everyone else. The page itself stays
 * open to anyone signed in (the relay mail names it), with words for when it is empty.
 */
export function RelaysNavLink({ active, onClick }: RelaysNavLinkProps) {
  const { t } = useTranslation();
  const { data } = useQuery(MyRelayTasksDocument);
  const tasks = data?.myRelayTasks ?? [];
  if (!tasks.length) return null;
  const waiting = tasks.filter((task) => !task.relayedAt).length;
  return (
    <NavLink
      component={Link}
      to={RELAYS_PATH}
      label={t('relays.title')}
      active={active}
      onClick={onClick}
      rightSection={waiting > 0 ? <Badge size="sm" circle>{waiting}</Badge> : undefined}
      data-testid="nav-relays"
    />
  );
}

import { AppShell, Burger, Button, Group, NavLink, Skeleton, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { deskAreas, useSession } from '@relais/admin-feature-auth';
import { RELAYS_PATH, RelaysNavLink } from '@relais/admin-feature-campaigns';
import { PageSkeleton, RouteErrorBoundary, SkipLink, useWideScreen } from '@relais/admin-ui';
import { useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DESK_LINKS } from './desk-links';
import { LanguageSwitch } from './language-switch';

/** A request's page belongs to the queue it was opened from. */
function isActive(to: string, pathname: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/queue' && pathname.startsWith('/requests/')) return true;
  return pathname.startsWith(to);
}

export interface ShellProps {
  /** While the API says who is signed in: the frame stays, skeletons hold the navigation's and the page's places. */
  pending?: boolean;
}

export function Shell({ pending = false }: ShellProps) {
  const { t } = useTranslation();
  const { viewer, logOut } = useSession();
  const { pathname } = useLocation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const links = deskAreas(viewer?.roles ?? []).map((area) => DESK_LINKS[area]);
  // Folded away on a phone, the navigation is out of the Tab order as well as out of sight.
  const navHidden = !useWideScreen() && !navOpened;
  // Escape folds the opened navigation away and puts the keyboard back on the burger.
  const burger = useRef<HTMLButtonElement>(null);
  useHotkeys([
    [
      'Escape',
      () => {
        if (!navOpened) return;
        closeNav();
        burger.current?.focus();
      },
    ],
  ]);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <SkipLink target="main-content">{t('accessible.skipToContent')}</SkipLink>
            <Burger
              ref={burger}
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('accessible.closeNavigation') : t('app.openNavigation')}
              aria-expanded={navOpened}
              aria-controls="desk-navigation"
              data-testid="nav-burger"
            />
            <Title order={1} size="h3" c="teal.8">
              {t('app.title')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} data-testid="viewer-name" visibleFrom="xs">
              {viewer?.displayName}
            </Text>
            <LanguageSwitch />
            {/* Once the API has said who is signed in: until then there is no one to sign out yet. */}
            {pending ? (
              <Skeleton height={30} width={110} radius="sm" />
            ) : (
              <Button variant="default" size="xs" onClick={() => void logOut()} data-testid="logout">
                {t('auth.logout')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="desk-navigation" aria-label={t('app.navigation')} inert={navHidden}>
        {pending && [0, 1, 2].map((row) => <Skeleton key={row} height={28} my={6} radius="sm" />)}
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={t(link.labelKey)}
            active={isActive(link.to, pathname)}
            onClick={closeNav}
            data-testid={link.testId}
          />
        ))}
        <RelaysNavLink active={isActive(RELAYS_PATH, pathname)} onClick={closeNav} />
        <NavLink
          component={Link}
          to="/ideas"
          label={t('ideas.nav')}
          active={isActive('/ideas', pathname)}
          onClick={closeNav}
          data-testid="nav-ideas"
        />
        <NavLink
          component={Link}
          to="/my-data"
          label={t('myData.link')}
          mt="auto"
          active={isActive('/my-data', pathname)}
          onClick={closeNav}
          data-testid="nav-my-data"
        />
        <NavLink component={Link} to="/confidentialite" label={t('privacy.link')} data-testid="nav-privacy" />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {/* A page that fails shows it in place; the header and navigation stay. */}
        {pending ? (
          <PageSkeleton />
        ) : (
          <RouteErrorBoundary key={pathname}>
            <Outlet />
          </RouteErrorBoundary>
        )}
      </AppShell.Main>
    </AppShell>
  );
}

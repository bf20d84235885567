import { PageSkeleton } from '@relais/admin-ui';
import type { ComponentType } from 'react';
import { Suspense, lazy } from 'react';

/** A module of ./pages: each names its route's page `Page`, so that the page and its libraries form a chunk of their own. */
export interface PageModule<P> {
  Page: ComponentType<P>;
}

const lazyPages = new WeakSet<object>();

/**
 * A route's page whose code loads the first time it is shown. Until then its place, inside the
 * app's frame, shows skeletons: the header and navigation stay, nothing goes blank.
 */
export function lazyPage<P extends object>(load: () => Promise<PageModule<P>>): ComponentType<P> {
  const Page = lazy(async () => ({ default: (await load()).Page }));
  const LazyPage = (props: P) => (
    <Suspense fallback={<PageSkeleton />}>
      <Page {...props} />
    </Suspense>
  );
  lazyPages.add(LazyPage);
  return LazyPage;
}

/** Whether a component came from lazyPage: the router's test holds every page to it. */
export function isLazyPage(component: unknown): boolean {
  return typeof component === 'function' && lazyPages.has(component);
}

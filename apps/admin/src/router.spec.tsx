import type { ReactElement, ReactNode } from 'react';
import { isValidElement } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { isLazyPage } from './lazy-page';
import { routes } from './router';

/** Every component an element renders as given in the table, its children's included. */
function componentsOf(node: ReactNode): unknown[] {
  if (!isValidElement(node)) return [];
  const element = node as ReactElement<{ children?: ReactNode }>;
  const children = element.props.children;
  const nested = Array.isArray(children) ? children.flatMap(componentsOf) : componentsOf(children);
  return [element.type, ...nested];
}

function leaves(table: RouteObject[], parent = ''): { path: string; route: RouteObject }[] {
  return table.flatMap((route) => {
    const path = (route.index ? `${parent}/` : `${parent}/${route.path ?? ''}`).replace(/\/+/g, '/');
    return route.children ? leaves(route.children, path) : [{ path, route }];
  });
}

describe('the route table', () => {
  const table = leaves(routes());

  it('has the pages the bundle-size check and the deep links rely on', () => {
    const paths = table.map(({ path }) => path);
    expect(paths).toEqual(expect.arrayContaining(['/', '/feed', '/requests/:id', '/leaders/:neighbourhoodId', '/inscription']));
  });

  // A page imported statically would join the first download of every route, log-in included,
  // and escape the bundle-size check, which measures the router's lazily loaded pages.
  it.each(table.filter(({ route }) => !componentsOf(route.element).includes(Navigate)).map(({ path, route }) => [path, route]))(
    '%s renders a page loaded on demand',
    (_path, route) => {
      expect(componentsOf((route as RouteObject).element).some(isLazyPage)).toBe(true);
    },
  );
});

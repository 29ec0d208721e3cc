/** The screens the app can show, addressed by the URL hash so reload keeps the place. */
export type Route =
  | { screen: 'overview' }
  | { screen: 'networks' }
  | { screen: 'network'; id: string }
  | { screen: 'people' }
  | { screen: 'settings' };

function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'netvaerk' && parts[1]) return { screen: 'network', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'netvaerk') return { screen: 'networks' };
  if (parts[0] === 'personer') return { screen: 'people' };
  if (parts[0] === 'indstillinger') return { screen: 'settings' };
  return { screen: 'overview' };
}

/** The hash for a route, for links. */
export function href(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return '#/';
    case 'networks':
      return '#/netvaerk';
    case 'network':
      return `#/netvaerk/${encodeURIComponent(route.id)}`;
    case 'people':
      return '#/personer';
    case 'settings':
      return '#/indstillinger';
  }
}

/** The current route, following the address bar. */
class Router {
  #route = $state<Route>(parse(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#route = parse(location.hash);
    });
  }

  /** Where the user is. */
  get route(): Route {
    return this.#route;
  }

  /** Goes to a screen. */
  go(route: Route): void {
    location.hash = href(route);
  }
}

/** The app's router. */
export const router = new Router();

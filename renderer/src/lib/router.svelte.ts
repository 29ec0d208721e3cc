import { MEETING_TABS, type MeetingTab } from './meeting-tabs';

export { MEETING_TABS, type MeetingTab };

/** The screens the app can show, addressed by the URL hash so reload keeps the place. */
export type Route =
  | { screen: 'overview' }
  | { screen: 'networks' }
  | { screen: 'network'; id: string }
  | { screen: 'people' }
  | { screen: 'settings' }
  | { screen: 'meetings'; create?: boolean }
  | { screen: 'meeting'; id: string; tab?: MeetingTab }
  | { screen: 'meeting-live'; id: string }
  | { screen: 'projector'; id: string }
  | { screen: 'roles' }
  | { screen: 'about-model' }
  | { screen: 'role'; id: string; networkId: string | null }
  | { screen: 'reflections' }
  | { screen: 'reflection'; id: string }
  | { screen: 'reflection-new'; meetingId: string | null }
  | { screen: 'agreements' }
  | { screen: 'agreement'; id: string; step: number | null }
  | { screen: 'print'; query: string };

function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  // The print view names its document in the query; `parsePrintQuery` reads it.
  if (/^udskriv(\?|$)/.test(parts[0] ?? '')) return { screen: 'print', query: (parts[0] ?? '').split('?')[1] ?? '' };
  if (parts[0] === 'netvaerk' && parts[1]) return { screen: 'network', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'netvaerk') return { screen: 'networks' };
  if (parts[0] === 'personer') return { screen: 'people' };
  if (parts[0] === 'indstillinger') return { screen: 'settings' };
  if (parts[0] === 'moeder' && parts[1] === 'ny') return { screen: 'meetings', create: true };
  if (parts[0] === 'moeder' && parts[1] && parts[2] === 'afvikl')
    return { screen: 'meeting-live', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'moeder' && parts[1] && parts[2] === 'skaerm')
    return { screen: 'projector', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'moeder' && parts[1]) {
    const tab = MEETING_TABS.find((name) => name === parts[2]);
    return tab
      ? { screen: 'meeting', id: decodeURIComponent(parts[1]), tab }
      : { screen: 'meeting', id: decodeURIComponent(parts[1]) };
  }
  if (parts[0] === 'moeder') return { screen: 'meetings' };
  if (parts[0] === 'roller' && parts[1] === 'om-modellen') return { screen: 'about-model' };
  if (parts[0] === 'roller' && parts[1]) {
    const [roleId = '', query = ''] = parts[1].split('?');
    return { screen: 'role', id: decodeURIComponent(roleId), networkId: new URLSearchParams(query).get('netvaerk') };
  }
  if (parts[0] === 'roller') return { screen: 'roles' };
  if (parts[0] === 'refleksioner' && /^ny(\?|$)/.test(parts[1] ?? ''))
    return {
      screen: 'reflection-new',
      meetingId: new URLSearchParams((parts[1] ?? '').split('?')[1] ?? '').get('moede'),
    };
  if (parts[0] === 'refleksioner' && parts[1]) return { screen: 'reflection', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'refleksioner') return { screen: 'reflections' };
  if (parts[0] === 'aftaler' && parts[1]) {
    const step = parts[2] === 'trin' ? Number(parts[3]) : NaN;
    return { screen: 'agreement', id: decodeURIComponent(parts[1]), step: Number.isInteger(step) ? step : null };
  }
  if (parts[0] === 'aftaler') return { screen: 'agreements' };
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
    case 'meetings':
      return route.create ? '#/moeder/ny' : '#/moeder';
    case 'meeting':
      return `#/moeder/${encodeURIComponent(route.id)}${route.tab ? `/${route.tab}` : ''}`;
    case 'meeting-live':
      return `#/moeder/${encodeURIComponent(route.id)}/afvikl`;
    case 'projector':
      return `#/moeder/${encodeURIComponent(route.id)}/skaerm`;
    case 'roles':
      return '#/roller';
    case 'about-model':
      return '#/roller/om-modellen';
    case 'role':
      return `#/roller/${encodeURIComponent(route.id)}${route.networkId ? `?netvaerk=${encodeURIComponent(route.networkId)}` : ''}`;
    case 'reflections':
      return '#/refleksioner';
    case 'reflection':
      return `#/refleksioner/${encodeURIComponent(route.id)}`;
    case 'reflection-new':
      return route.meetingId ? `#/refleksioner/ny?moede=${encodeURIComponent(route.meetingId)}` : '#/refleksioner/ny';
    case 'agreements':
      return '#/aftaler';
    case 'agreement':
      return `#/aftaler/${encodeURIComponent(route.id)}${route.step === null ? '' : `/trin/${route.step}`}`;
    case 'print':
      return `#/udskriv?${route.query}`;
  }
}

/**
 * Which page a route shows: a meeting's tabs and an agreement's steps are places on one page, so
 * moving between them keeps focus where it is instead of sending it to the page's heading.
 */
export function pageOf(route: Route): string {
  if (route.screen === 'meeting') return `meeting/${route.id}`;
  if (route.screen === 'agreement') return `agreement/${route.id}`;
  return href(route);
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

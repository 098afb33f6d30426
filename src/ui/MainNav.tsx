import type { Route } from '../store/route';
import { routeHash } from '../store/route';
import { useUiStore } from '../store/ui-store';

const SECTIONS: { route: Route; label: string }[] = [
  { route: { name: 'library' }, label: 'Library' },
  { route: { name: 'claims' }, label: 'All claims' },
];

/** The header's links to the app's sections, the current one marked. */
export function MainNav() {
  const current = useUiStore((s) => s.route.name);
  const navigate = useUiStore((s) => s.navigate);
  return (
    <nav aria-label="Main" className="main-nav">
      {SECTIONS.map(({ route, label }) => (
        <a
          key={route.name}
          href={routeHash(route)}
          aria-current={current === route.name ? 'page' : undefined}
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            navigate(route);
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import type { Route } from '../../store/route';
import { routeHash } from '../../store/route';
import { useUiStore } from '../../store/ui-store';
import { msg } from '../i18n/i18n';

const SECTIONS: { route: Route; label: string }[] = [
  { route: { name: 'library' }, label: msg('Library') },
  { route: { name: 'claims' }, label: msg('All claims') },
];

/** The header's links to the app's sections, the current one marked. */
export function MainNav() {
  const current = useUiStore((s) => s.route.name);
  const navigate = useUiStore((s) => s.navigate);
  const { t } = useTranslation();
  return (
    <nav aria-label={t('Main')} className="main-nav">
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
          {t(label)}
        </a>
      ))}
    </nav>
  );
}

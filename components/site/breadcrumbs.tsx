import type { ReactNode } from 'react';
import { Link } from './link';

type Crumb = { href: string; label: ReactNode };

/** The trail from home to this page: Home is always first, the current page last. */
export function Breadcrumbs({ trail = [], current }: { trail?: Crumb[]; current: ReactNode }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {[{ href: '/', label: 'Home' }, ...trail].map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}

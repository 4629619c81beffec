import type { ReactNode } from 'react';
import { Link } from './link';

type Crumb = { href: string; label: ReactNode };

type BreadcrumbsProps = {
  trail?: Crumb[];
  current: ReactNode;
  /** False for the printable kit, whose trail starts at the workshop it belongs to. */
  fromHome?: boolean;
};

/** The trail to this page: Home first (unless `fromHome` is false), the current page last. */
export function Breadcrumbs({ trail = [], current, fromHome = true }: BreadcrumbsProps) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {[...(fromHome ? [{ href: '/', label: 'Home' }] : []), ...trail].map((crumb) => (
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

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', label: 'Learn', section: '/learn/' },
  { href: '/about/', label: 'About', section: '/about/' },
];

/** "page" on the link's own page, "true" anywhere inside its section. */
function currentness(pathname: string, link: (typeof links)[number]) {
  if (pathname === link.href) return 'page' as const;
  if (pathname.startsWith(link.section)) return 'true' as const;
  return undefined;
}

export function SiteNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={currentness(pathname, link)}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

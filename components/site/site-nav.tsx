'use client';

import { Link } from '@/components/site/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', label: 'Learn', section: '/learn/' },
  { href: '/review/', label: 'Review', section: '/review/' },
  { href: '/progress/', label: 'Progress', section: '/progress/' },
  { href: '/workshop/', label: 'Workshop', section: '/workshop/' },
  // On a phone the footer carries About, so the header keeps to one short row.
  { href: '/about/', label: 'About', section: '/about/', phoneHidden: true },
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
          <li key={link.href} className={'phoneHidden' in link ? 'site-nav__secondary' : undefined}>
            <Link href={link.href} aria-current={currentness(pathname, link)}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { Metadata, Viewport } from 'next';
import { Link } from '@/components/site/link';
import { SiteLogoMark } from '@/components/site/site-logo';
import { SiteNav } from '@/components/site/site-nav';
import { KeepProgressStored } from '@/components/progress/keep-progress-stored';
import { StorageNotice } from '@/components/progress/storage-notice';
import { AppUpdates } from '@/components/site/app-updates';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Groundwork — learn to organise', template: '%s · Groundwork' },
  description:
    'Short lessons, quizzes and workshop material on what it takes to be a good organiser, how factions work, and what Tony Benn taught about doing politics.',
  applicationName: 'Groundwork',
  manifest: '/manifest.webmanifest',
  appleWebApp: { capable: true, title: 'Groundwork', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#151412' },
  ],
};

/** The notices' live region, after the footer: the last element of every page's HTML. */
const lastElementId = 'app-notices';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        {/* On a slow signal a page arrives in pieces, and the browser draws what it has:
            drawn before the navigation had arrived, the header's name moved up as the
            navigation wrapped below it; drawn halfway through the footer, the footer grew
            upwards. So no frame is drawn until the page's last element has arrived: only the
            scripts come after it, and the wait is for a few kilobytes, compressed. */}
        <link rel="expect" href={`#${lastElementId}`} blocking="render" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container container--wide site-header__inner">
            <Link href="/" className="site-logo">
              <SiteLogoMark />
              Groundwork
            </Link>
            <SiteNav />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <StorageNotice />
          {children}
        </main>
        <footer className="site-footer">
          <div className="container container--wide">
            <p>Groundwork teaches from essays on organising and on Tony Benn’s legacy. Lessons are written in our own words; short quotations are marked and attributed.</p>
            <p>
              Your progress stays in this browser. Nothing is sent anywhere. <Link href="/about/">About Groundwork</Link>
            </p>
          </div>
        </footer>
        <AppUpdates id={lastElementId} />
        <KeepProgressStored />
      </body>
    </html>
  );
}

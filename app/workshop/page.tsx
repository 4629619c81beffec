import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { ModuleMark } from '@/components/modules/module-mark';
import { OfflineStatus } from '@/components/site/offline-status';
import { PlanBuilder } from '@/components/workshop/lazy-plan-builder';
import { getGuides, getModule, getModules } from '@/lib/content';
import { cardsHref, guideHref, notesHref, printHref } from '@/lib/workshop/routes';

export const metadata: Metadata = {
  title: 'Workshop',
  description: 'Plan and run a branch training session: a running order with timings, a presenter view, speaker notes, answer cards and a printable kit.',
};

export default function WorkshopPage() {
  return (
    <div className="container container--wide workshop">
      <div className="page-intro">
        <h1>Run a workshop</h1>
        <p className="lede">
          For a branch trainer with a laptop, a projector and a room of people. Pick modules and a length, get a running order with timings,
          then present it one step at a time. There is nothing to install and no one signs up: the plan travels in its link.
        </p>
      </div>

      <PlanBuilder modules={getModules().map(({ id, title }) => ({ id, title }))} />

      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading">Facilitator guides</h2>
        <p className="muted">Aims, timings, activities, discussion questions and tips for when the room disagrees, one guide per module.</p>
        <ul className="guide-list">
          {getGuides().map((guide) => {
            const learningModule = getModule(guide.module)!;
            return (
              <li key={guide.module} className="card guide-card" data-module={guide.module}>
                <ModuleMark module={guide.module} name={learningModule.title} />
                <p>{guide.aims[0]}</p>
                <Link href={guideHref(guide.module)}>Guide: {learningModule.title}</Link>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="room-heading">
        <h2 id="room-heading">In the room</h2>
        <ul className="room-list">
          <li>
            <Link href={cardsHref}>Answer cards</Link>: any phone shows a full-screen A, B, C or D, or Organiser or Factionalist, to hold up.
            The presenter’s welcome step has a QR code that opens them.
          </li>
          <li>
            <Link href={printHref}>The printable kit</Link>: the three lists, sorting cards to cut out, a worksheet, the answer key, answer
            cards on paper and a certificate, all for A4.
          </li>
          <li>
            <Link href={notesHref()}>Speaker notes</Link>: on the laptop’s own screen while the presenter is on the projector, with what to
            say, the answer, the countdown and what comes next. Open them from a plan: they follow the presenter window.
          </li>
          <li>
            Poor Wi-Fi? Once the presenter and the notes have loaded they run without a connection. A laptop that has opened Groundwork
            once with a signal has every page saved, and needs none at all.
            <OfflineStatus />
          </li>
        </ul>
      </section>
    </div>
  );
}

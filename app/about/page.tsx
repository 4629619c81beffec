import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { OfflineStatus } from '@/components/site/offline-status';
import { getModules } from '@/lib/content';
import { essayTitles } from '@/lib/content/labels';
import { moduleHref } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'About',
  description: 'Where Groundwork’s lessons come from, how they are written, and how to use them in a branch workshop.',
};

export default function AboutPage() {
  const modules = getModules();
  return (
    <div className="container prose">
      <div className="page-intro">
        <h1>About Groundwork</h1>
        <p className="lede">
          Groundwork is a free training tool for activists, branch trainers and new members. It teaches three short lists about how we
          do our politics, as lessons you can read on a phone and material you can run in a meeting room.
        </p>
      </div>

      <h2 id="sources">The sources</h2>
      <p>Every lesson is drawn from two essays published on a blog of the Labour left in 2016–17:</p>
      <ul>
        <li>
          <cite>{essayTitles['square-pegs']}</cite>, which sets out <em>ten things you need to be a good organiser</em> and{' '}
          <em>ten things you need to be a good factionalist</em>, and argues that they are two different projects;
        </li>
        <li>
          <cite>{essayTitles['tony-benn']}</cite>, on what the author learnt from Tony Benn about the way we do politics.
        </li>
      </ul>
      <p>
        The lessons are written in our own words. Where a lesson quotes the essays, the quotation is short, marked with quotation marks
        and attributed to the list or essay it comes from. Each lesson ends with a note of exactly where it stands in the source. The
        lessons teach the essays’ framework as the essays set it out; they add no claims of their own.
      </p>
      <p>
        One thing the essay is careful about, and so are we: it does not cast the factionalist as a villain. It describes organising and
        factionalising as two different projects, each with its use, and warns against mixing them up — putting square pegs in round
        holes. That is why Groundwork asks “which project is this?”, never “good or bad?”.
      </p>

      <h2>The modules</h2>
      <ul>
        {modules.map((learningModule) => (
          <li key={learningModule.id}>
            <Link href={moduleHref(learningModule.id)}>{learningModule.title}</Link> — {learningModule.tagline}
          </li>
        ))}
      </ul>

      <h2 id="workshops">Using Groundwork in a workshop</h2>
      <p>Every lesson is built to be talked about as well as read. For a branch session:</p>
      <ol>
        <li>Pick one module, or two mirror-image lessons (each organiser lesson links to its factionalist mirror).</li>
        <li>Read the summary and the scene from branch life aloud, or put the lesson on the projector.</li>
        <li>Give people two minutes on their own with “Think about it”, then pair them up.</li>
        <li>Open the room with the “Talk about it with your branch” question. Ask which project each behaviour belongs to, not whether it is good or bad.</li>
        <li>Finish by asking everyone to name one thing they will try before the next meeting.</li>
      </ol>
      <p>A 45-minute session fits two or three lessons comfortably. New members can start with the short “Start here” path on the home page.</p>

      <h2 id="offline">With no signal</h2>
      <p>
        On your first visit, Groundwork saves a copy of itself on your device: under 2&nbsp;MB, which can take a minute on a slow
        connection. When it is done it says “Groundwork is saved on this device”. From then on every lesson, quiz and workshop page
        opens with no signal, including the ones you have not opened yet. If the signal drops or the device is short of space, it
        says it could not be saved, and you can try again.
      </p>
      <OfflineStatus />
      <p>
        To open it like an app, choose “Add to Home screen” or “Install app” in your browser’s menu. There is nothing to download from
        an app store and nothing to sign up for.
      </p>

      <h2>Your progress and privacy</h2>
      <p>
        There are no accounts. What you finish is saved only in this browser, on this device. Nothing is sent to a server, and there is
        no tracking. Clearing your browser’s site data clears your progress. To keep a copy, or to move to another device, export it to a
        file from <Link href="/progress/">your progress page</Link>, and import the file there again.
      </p>
    </div>
  );
}

import { Link } from '@/components/site/link';
import type { MirrorPair } from '@/lib/content/schema';
import { lessonHref } from '@/lib/routes';

/** The organiser and factionalist lists side by side, pair by pair. */
export function MirrorPairsTable({ pairs }: { pairs: MirrorPair[] }) {
  return (
    <table className="pairs table-stack">
      <caption className="visually-hidden">Each organiser quality beside the factionalist trait that mirrors it</caption>
      <thead>
        <tr>
          <th scope="col">Organiser</th>
          <th scope="col">Factionalist</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.id}>
            <td data-module="organiser" data-label="Organiser">
              <Link href={lessonHref('organiser', pair.organiser)}>{pair.organiserLabel}</Link>
            </td>
            <td data-module="factionalist" data-label="Factionalist">
              <Link href={lessonHref('factionalist', pair.factionalist)}>{pair.factionalistLabel}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { DisagreementTip } from '@/lib/content/guide-schema';

/** A guide's tips for when the room disagrees: the situation, then what to try. */
export function DisagreementTipList({ tips }: { tips: DisagreementTip[] }) {
  return (
    <dl className="tips">
      {tips.map((tip) => (
        <div key={tip.when}>
          <dt>{tip.when}</dt>
          <dd>{tip.try}</dd>
        </div>
      ))}
    </dl>
  );
}

import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { printHref, workshopHref } from '@/lib/workshop/routes';
import { PrintButton } from './print-button';

type PrintIntroProps = {
  title: string;
  /** How to print and use this piece: shown on screen only. */
  intro: React.ReactNode;
  /** False when the piece has its own controls to fill in before printing. */
  printButton?: boolean;
};

/** What a piece of the kit shows on screen above its pages; none of it is printed. */
export function PrintIntro({ title, intro, printButton = true }: PrintIntroProps) {
  return (
    <div className="print-controls container">
      <Breadcrumbs fromHome={false} trail={[{ href: workshopHref, label: 'Workshop' }, { href: printHref, label: 'Printable kit' }]} current={title} />
      <h1>{title}</h1>
      <div className="print-controls__intro">{intro}</div>
      {printButton && <PrintAdvice />}
    </div>
  );
}

export function PrintAdvice({ label }: { label?: string }) {
  return (
    <>
      <p>
        <PrintButton label={label} />
      </p>
      <p className="muted">Print on A4, portrait. In the print dialogue, turn on “Background graphics” for the card shapes, and turn off headers and footers.</p>
    </>
  );
}

/** A piece of the printable kit: instructions and a print button on screen, then the A4 pages themselves. */
export function PrintPage({ children, ...intro }: PrintIntroProps & { children: React.ReactNode }) {
  return (
    <div className="print-kit">
      <PrintIntro {...intro} />
      <div className="print-doc">{children}</div>
    </div>
  );
}

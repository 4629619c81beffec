import '../cards/cards.css';
import './workshop.css';
import './presenter.css';

export default function WorkshopLayout({ children }: { children: React.ReactNode }) {
  return children;
}

import './cards.css';

export default function CardsLayout({ children }: { children: React.ReactNode }) {
  return children;
}

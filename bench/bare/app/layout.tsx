export const metadata = { title: 'Bare page', description: 'A bare Next.js page for comparison.' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}

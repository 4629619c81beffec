export default function Page() {
  return (
    <main>
      <h1>A bare page</h1>
      <p>Next.js with nothing added: the baseline for Lighthouse.</p>
    </main>
  );
}

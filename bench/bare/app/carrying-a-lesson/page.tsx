import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCarried, type CarriedNode } from '../carried-node';

export const metadata = { title: 'Bare page carrying a lesson', description: 'A bare Next.js page showing a lesson of the site, for comparison.' };

/**
 * The bare page carrying one of the site's lessons: its markup and inlined styles, with none
 * of the site's code. `npm run lighthouse` writes `carried/lesson.json` from the exported
 * lesson and builds this app again whenever it changes.
 */
export default function CarryingALesson() {
  const file = join(process.cwd(), 'carried', 'lesson.json');
  if (!existsSync(file)) {
    return (
      <main>
        <h1>No lesson carried</h1>
        <p>Run npm run lighthouse in the site&apos;s folder: it writes carried/lesson.json and builds this page again.</p>
      </main>
    );
  }
  const { styles, body } = JSON.parse(readFileSync(file, 'utf8')) as { styles: string[]; body: CarriedNode[] };
  return (
    <>
      {styles.map((css, index) => (
        <style key={index}>{css}</style>
      ))}
      {renderCarried(body)}
    </>
  );
}

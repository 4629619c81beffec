import type { Metadata } from 'next';
import { Certificate } from '@/components/print/certificate';
import { PrintIntro } from '@/components/print/print-page';
import { getModules } from '@/lib/content';

export const metadata: Metadata = { title: 'Certificate', description: 'A certificate of completion with a name typed in, for A4.' };

export default function CertificatePage() {
  const courses = [
    'a Groundwork workshop on organising',
    ...getModules().map((learningModule) => `the Groundwork module “${learningModule.title}”`),
    'all four Groundwork modules',
  ];
  return (
    <div className="print-kit">
      <PrintIntro title="Certificate" intro={<p>Type the learner’s name, check the certificate below, then print it: one page of A4.</p>} printButton={false} />
      <Certificate courses={courses} />
    </div>
  );
}

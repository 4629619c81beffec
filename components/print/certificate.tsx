'use client';

import { useId, useState } from 'react';
import { SiteLogoMark } from '@/components/site/site-logo';
import { PrintAdvice } from './print-page';

type CertificateProps = { courses: string[] };

const formatDate = (value: string) => {
  const date = new Date(`${value}T12:00:00`);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

/**
 * A certificate with the learner's name typed in. What is typed stays in this page:
 * it is not saved, and there is nowhere to send it.
 */
export function Certificate({ courses }: CertificateProps) {
  const [name, setName] = useState('');
  const [course, setCourse] = useState(courses[0] ?? '');
  const [date, setDate] = useState('');
  const [branch, setBranch] = useState('');
  const id = useId();

  return (
    <>
      <form className="certificate-form print-controls container" onSubmit={(event) => event.preventDefault()}>
        <p className="muted">What you type stays on this page. It is not saved or sent anywhere.</p>
        <div className="certificate-form__field">
          <label htmlFor={`${id}-name`}>Name on the certificate</label>
          <input id={`${id}-name`} type="text" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="certificate-form__field">
          <label htmlFor={`${id}-course`}>Completed</label>
          <select id={`${id}-course`} value={course} onChange={(event) => setCourse(event.target.value)}>
            {courses.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </div>
        <div className="certificate-form__field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="certificate-form__field">
          <label htmlFor={`${id}-branch`}>Branch or group (optional)</label>
          <input id={`${id}-branch`} type="text" autoComplete="off" value={branch} onChange={(event) => setBranch(event.target.value)} />
        </div>
        <PrintAdvice label="Print the certificate" />
      </form>
      <div className="print-doc">
        <section className="print-sheet certificate" aria-label="The certificate">
          <div className="certificate__frame">
            <p className="certificate__brand">
              <SiteLogoMark size={40} /> Groundwork
            </p>
            <h2 className="certificate__title">Certificate of completion</h2>
            <p className="certificate__line">This is to certify that</p>
            <p className="certificate__name">{name.trim() || <span className="certificate__blank">Name</span>}</p>
            <p className="certificate__line">has completed</p>
            <p className="certificate__course">{course}</p>
            {branch.trim() && <p className="certificate__line">with {branch.trim()}</p>}
            <div className="certificate__signatures">
              <p>
                <span className="certificate__sign">{formatDate(date)}</span>
                Date
              </p>
              <p>
                <span className="certificate__sign" />
                Trainer
              </p>
            </div>
          </div>
        </section>
      </div>
    </>
  );
}

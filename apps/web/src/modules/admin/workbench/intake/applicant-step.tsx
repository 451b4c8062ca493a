// 窗口收件 step 1: find the walk-in applicant by ID number (or the enterprise by credit code) and record them
// when they are new. Check characters are verified as the clerk types (GB 11643, GB 32100), each message
// under its own field; the server checks again and its field messages land on the same inputs.
import { Alert, Button, Radio } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import type { DeskApplicant } from '../desk-api.ts';
import { EnterpriseFinder } from './enterprise-finder.tsx';
import { PersonFinder } from './person-finder.tsx';

export function describeApplicant(applicant: DeskApplicant): string {
  return applicant.kind === 'person'
    ? `${applicant.person.name}（${applicant.person.idNumberMasked}）`
    : `${applicant.enterprise.name}（${applicant.enterprise.creditCode}）`;
}

export function ApplicantStep({
  value,
  onChange,
}: {
  value: DeskApplicant | null;
  onChange: (applicant: DeskApplicant | null) => void;
}) {
  const [kind, setKind] = useState<'person' | 'enterprise'>(value?.kind ?? 'person');
  if (value) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('admin.work.applicant.chosen', { who: describeApplicant(value) })}
        action={<Button onClick={() => onChange(null)}>{t('admin.work.applicant.change')}</Button>}
      />
    );
  }
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Radio.Group
          aria-label={t('admin.work.applicant.kind')}
          optionType="button"
          value={kind}
          onChange={(event) => setKind(event.target.value as 'person' | 'enterprise')}
          options={[
            { value: 'person', label: t('admin.work.applicantKind.person') },
            { value: 'enterprise', label: t('admin.work.applicantKind.enterprise') },
          ]}
        />
      </div>
      {kind === 'person' ? <PersonFinder onPick={onChange} /> : <EnterpriseFinder onPick={onChange} />}
    </>
  );
}

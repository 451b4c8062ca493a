// 在线申请 on the guide page: for 网办深度 二级 and above with the web channel open it creates a draft case
// and opens the application; otherwise it says plainly that the item is done at the window, and why.
import { Alert, Button } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { type MessageKey, t } from '../../app/i18n.ts';
import { applyAvailability } from '../cases/apply-rules.ts';
import { newIdempotencyKey, useCreateCase, usePublicSession } from '../cases/case-api.ts';
import type { ItemView } from '../shared/public-api.ts';

export function ApplyOnline({ item }: { item: ItemView }) {
  const navigate = useNavigate();
  const session = usePublicSession();
  const create = useCreateCase();
  // one key per visit: a double click or a retry creates one draft only
  const key = useRef(newIdempotencyKey());
  const availability = applyAvailability(item.guide, 'web');
  if (!availability.ok) {
    return (
      <section aria-labelledby="apply-title" className="portal-apply">
        <h2 id="apply-title" className="portal-apply-title">
          {t('apply.windowOnly')}
        </h2>
        <p>{availability.reason === 'maturity' ? t('apply.maturityI') : t('apply.noWebChannel')}</p>
        <a href="#guide-location">{t('apply.seeLocation')}</a>
      </section>
    );
  }
  const signedIn = session.data?.kind === 'public';
  const start = () => {
    if (!signedIn) {
      navigate(`/login?next=${encodeURIComponent(`/items/${item.id}`)}`);
      return;
    }
    create.mutate(
      { input: { implementationId: item.id, channel: 'web' }, idempotencyKey: key.current },
      { onSuccess: (view) => navigate(`/cases/${view.id}`) },
    );
  };
  return (
    <section aria-labelledby="apply-title" className="portal-apply">
      <h2 id="apply-title" className="portal-apply-title">
        {t('apply.title')}
      </h2>
      <p>{t(`guide.maturityMeaning.${item.guide.maturity}` as MessageKey)}</p>
      {create.isError && <Alert type="error" showIcon role="alert" title={create.error.message} />}
      <Button type="primary" size="large" loading={create.isPending} onClick={start}>
        {signedIn ? t('apply.online') : t('apply.loginFirst')}
      </Button>
    </section>
  );
}

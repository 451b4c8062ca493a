// 在线申请 on the phone's guide page (channel 掌上办): creates a draft case and opens it; otherwise says
// plainly why the item is done at the window.
import { Button, NoticeBar } from 'antd-mobile';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { applyAvailability } from '../cases/apply-rules.ts';
import { newIdempotencyKey, useCreateCase, usePublicSession } from '../cases/case-api.ts';
import type { ItemView } from '../shared/public-api.ts';

export function MobileApplyButton({ item }: { item: ItemView }) {
  const navigate = useNavigate();
  const session = usePublicSession();
  const create = useCreateCase();
  const key = useRef(newIdempotencyKey());
  const availability = applyAvailability(item.guide, 'phone');
  if (!availability.ok) {
    return (
      <p className="m-apply-note">
        <strong>{t('apply.windowOnly')}</strong>
        {availability.reason === 'maturity' ? t('apply.maturityI') : t('apply.noPhoneChannel')}
      </p>
    );
  }
  const signedIn = session.data?.kind === 'public';
  const start = () => {
    if (!signedIn) {
      navigate(`/m/login?next=${encodeURIComponent(`/m/items/${item.id}`)}`);
      return;
    }
    create.mutate(
      { input: { implementationId: item.id, channel: 'phone' }, idempotencyKey: key.current },
      { onSuccess: (view) => navigate(`/m/cases/${view.id}`) },
    );
  };
  return (
    <div className="m-apply">
      {create.isError && (
        <div role="alert">
          <NoticeBar color="alert" wrap content={create.error.message} />
        </div>
      )}
      <Button block color="primary" loading={create.isPending} onClick={start}>
        {signedIn ? t('apply.online') : t('apply.loginFirst')}
      </Button>
    </div>
  );
}

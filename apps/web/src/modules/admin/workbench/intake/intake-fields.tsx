// Parts the two window wizards share (窗口收件 of one item, 一件事收件 of a bundle): the 上一步/下一步 row under a
// step, the contact mobile and the postal address of the application.
import { Button, Form, Input, Space } from 'antd';
import { t } from '../../../../app/i18n.ts';

const MOBILE = /^1[3-9]\d{9}$/;

/** 上一步 (when there is one) and 下一步, which waits until the step is answered. */
export function StepButtons({
  onPrev,
  onNext,
  nextDisabled,
}: {
  onPrev?: () => void;
  onNext: () => void;
  nextDisabled: boolean;
}) {
  return (
    <Space style={{ marginTop: 24 }}>
      {onPrev ? <Button onClick={onPrev}>{t('admin.work.intake.prev')}</Button> : null}
      <Button type="primary" disabled={nextDisabled} onClick={onNext}>
        {t('admin.work.intake.next')}
      </Button>
    </Space>
  );
}

/**
 * 联系手机号码 (`contactMobile`). With the applicant's registered mobile (shown masked) it may stay blank, and the
 * registered one serves.
 */
export function ContactMobileItem({ registered = null }: { registered?: string | null }) {
  return (
    <Form.Item
      label={t('admin.work.application.contactMobile')}
      name="contactMobile"
      extra={
        registered
          ? t('admin.work.application.contactMobileRegistered', { mobile: registered })
          : t('admin.work.application.contactMobileHelp')
      }
      rules={[
        { required: !registered, message: t('admin.work.application.contactMobileRequired') },
        { pattern: MOBILE, message: t('admin.work.applicant.mobileInvalid') },
      ]}
    >
      <Input maxLength={11} inputMode="numeric" autoComplete="off" style={{ maxWidth: 240 }} />
    </Form.Item>
  );
}

/** 邮寄地址 (`postalAddress`), asked when the result goes by post. */
export function PostalAddressItem() {
  return (
    <Form.Item
      label={t('admin.work.application.postalAddress')}
      name="postalAddress"
      rules={[
        { required: true, whitespace: true, message: t('admin.work.application.postalAddressRequired') },
      ]}
    >
      <Input maxLength={300} />
    </Form.Item>
  );
}

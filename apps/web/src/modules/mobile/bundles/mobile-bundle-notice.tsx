// 一次告知单 on the phone: the members that apply (and those left out, with why), the handling stages, the
// materials listed once with the members that use each, and the PDF of the same notice.
import type { BundlePlanView } from '@msb/contracts';
import { t } from '../../../app/i18n.ts';
import { materialCounts, memberNames } from '../../bundles/bundle-rules.ts';
import { noticeLines } from '../../bundles/bundle-texts.ts';
import { formatLimit, label } from '../../shared/guide-format.ts';

export function MobileBundleNotice({ plan, pdfUrl }: { plan: BundlePlanView; pdfUrl: string }) {
  const lines = noticeLines(plan);
  return (
    <section aria-labelledby="m-notice-title">
      <h3 id="m-notice-title" className="m-subtitle">
        {t('bundle.notice.title')}
      </h3>
      <p className="m-text">
        {t('bundle.notice.intro', { n: plan.members.length, limit: formatLimit(plan.promisedLimit) })}
      </p>
      <p className="m-text">
        <a href={pdfUrl} download>
          {t('bundle.notice.pdf')}
        </a>
      </p>
      <h4 className="m-subtitle">{t('bundle.notice.members')}</h4>
      <ol className="m-plain-list">
        {lines.members.map((m) => (
          <li key={m.key}>
            {m.itemName} <span className="m-note">{m.orgName}</span>
            {m.after && <span className="m-note"> {m.after}</span>}
          </li>
        ))}
      </ol>
      {lines.skipped.length > 0 && (
        <>
          <h4 className="m-subtitle">{t('bundle.notice.skipped')}</h4>
          <ul className="m-plain-list">
            {lines.skipped.map((m) => (
              <li key={m.key}>{m.text}</li>
            ))}
          </ul>
        </>
      )}
      <h4 className="m-subtitle">{t('bundle.notice.stages')}</h4>
      <ol className="m-plain-list">
        {lines.stages.map((stage) => (
          <li key={stage.key}>{stage.text}</li>
        ))}
      </ol>
      <h4 className="m-subtitle">{t('bundle.notice.materials', { n: plan.materials.length })}</h4>
      <p className="m-note">{t('bundle.notice.materialsIntro')}</p>
      <ul className="m-materials">
        {plan.materials.map((m) => (
          <li key={m.materialId} className="m-material">
            <p className="m-material-name">
              {m.name}（{label('requirement', m.requirement)}）
            </p>
            <p className="m-note">
              {materialCounts(m)} · {label('media', m.media)}
            </p>
            <p className="m-note">
              {t('bundle.material.usedBy', { members: memberNames(m.members, plan.members) })}
            </p>
            {m.requirements && <p className="m-note">{m.requirements}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

// One search result per row: the name with the matched characters in <mark>, the implementing body, and
// type, 网办深度 and audience as tags.
import { Tag } from 'antd';
import { Link } from 'react-router';
import { t } from '../../app/i18n.ts';
import { label, labels } from '../shared/guide-format.ts';
import { HighlightText } from '../shared/highlight-text.tsx';
import type { SearchHitView } from '../shared/public-api.ts';

export function SearchHitList({ hits }: { hits: SearchHitView[] }) {
  return (
    <ol className="portal-hits">
      {hits.map((hit) => (
        <li key={hit.id} className="portal-hit">
          <h3 className="portal-hit-title">
            <Link to={`/items/${hit.id}`}>
              <HighlightText text={hit.name} ranges={hit.highlights} />
            </Link>
          </h3>
          <p className="portal-hit-org">{t('portal.hit.org', { org: hit.orgName })}</p>
          <div className="portal-hit-tags">
            <Tag color="blue">{label('itemType', hit.itemType)}</Tag>
            <Tag color="purple">{label('maturity', hit.maturity)}</Tag>
            <Tag>{labels('audience', hit.audience)}</Tag>
            {hit.themes.slice(0, 3).map((theme) => (
              <Tag key={theme} variant="outlined">
                {theme}
              </Tag>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

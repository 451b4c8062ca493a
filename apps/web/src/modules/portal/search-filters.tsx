// The filters of the results page: region, department, type, audience, theme, maturity, channel. Each is
// a labelled control; a change updates the page address, so results can be bookmarked and shared.
import { AUDIENCES, CHANNELS, ITEM_TYPES, MATURITY_LEVELS } from '@msb/contracts';
import { Button, Form, Select } from 'antd';
import { useMemo } from 'react';
import { type MessageKey, t } from '../../app/i18n.ts';
import { label } from '../shared/guide-format.ts';
import { type SearchFilters, useOrgsAlongPath } from '../shared/public-api.ts';
import type { RegionChoice } from '../shared/region-store.ts';
import { LIFE_CYCLE_THEMES, useThemeChips } from '../shared/themes.ts';
import { RegionCascader } from './region-cascader.tsx';

type Props = {
  filters: SearchFilters;
  regionPath: readonly RegionChoice[];
  onRegionChange: (path: RegionChoice[]) => void;
  onChange: (patch: SearchFilters) => void;
  onClear: () => void;
};

type Option = { value: string; label: string };
type SelectFilter = 'org' | 'type' | 'audience' | 'theme' | 'maturity' | 'channel';

const FILTER_LABELS: Record<SelectFilter, MessageKey> = {
  org: 'portal.filter.org',
  type: 'portal.filter.type',
  audience: 'portal.filter.audience',
  theme: 'portal.filter.theme',
  maturity: 'portal.filter.maturity',
  channel: 'portal.filter.channel',
};

function FilterSelect({
  name,
  options,
  filters,
  onChange,
}: { name: SelectFilter; options: Option[] } & Pick<Props, 'filters' | 'onChange'>) {
  return (
    <Form.Item label={t(FILTER_LABELS[name])} htmlFor={`filter-${name}`}>
      <Select
        id={`filter-${name}`}
        value={filters[name] ?? ''}
        showSearch={options.length > 8 ? { optionFilterProp: 'label' } : undefined}
        options={[{ value: '', label: t('portal.filter.all') }, ...options]}
        onChange={(value: string) => onChange({ [name]: value || undefined })}
      />
    </Form.Item>
  );
}

export function SearchFiltersPanel({ filters, regionPath, onRegionChange, onChange, onClear }: Props) {
  const { orgs } = useOrgsAlongPath(regionPath.map((r) => r.code));
  const region = regionPath.at(-1)?.code;
  const person = useThemeChips('person', region).themes;
  const legal = useThemeChips('legal_person', region).themes;
  const themes = useMemo(() => {
    const all = new Set([
      ...person,
      ...legal,
      ...LIFE_CYCLE_THEMES.person,
      ...LIFE_CYCLE_THEMES.legal_person,
    ]);
    if (filters.theme) all.add(filters.theme);
    return [...all].map((theme) => ({ value: theme, label: theme }));
  }, [person, legal, filters.theme]);
  const orgOptions = useMemo(() => {
    const seen = new Map(orgs.map((org) => [org.id, org.name]));
    return [...seen].map(([value, name]) => ({ value, label: name }));
  }, [orgs]);

  return (
    <Form layout="vertical" className="portal-filters" onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label={t('portal.filter.region')} htmlFor="filter-region">
        <RegionCascader id="filter-region" value={regionPath} onChange={onRegionChange} />
      </Form.Item>
      <FilterSelect name="org" options={orgOptions} filters={filters} onChange={onChange} />
      <FilterSelect
        name="type"
        options={ITEM_TYPES.map((v) => ({ value: v, label: label('itemType', v) }))}
        filters={filters}
        onChange={onChange}
      />
      <FilterSelect
        name="audience"
        options={AUDIENCES.map((v) => ({ value: v, label: label('audience', v) }))}
        filters={filters}
        onChange={onChange}
      />
      <FilterSelect name="theme" options={themes} filters={filters} onChange={onChange} />
      <FilterSelect
        name="maturity"
        options={MATURITY_LEVELS.map((v) => ({ value: v, label: label('maturity', v) }))}
        filters={filters}
        onChange={onChange}
      />
      <FilterSelect
        name="channel"
        options={CHANNELS.map((v) => ({ value: v, label: label('channel', v) }))}
        filters={filters}
        onChange={onChange}
      />
      <Button block onClick={onClear}>
        {t('portal.search.clearFilters')}
      </Button>
    </Form>
  );
}

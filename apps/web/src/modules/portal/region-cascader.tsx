// 自治区 → 盟市 → 旗县区 cascader. The top two levels come with one request; a 盟市's 旗县区 load when it is
// opened (and at once for the remembered 盟市, so the remembered 旗县区 shows its name).
import { useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../app/i18n.ts';
import { fetchRegions, type RegionView, useRegions } from '../shared/public-api.ts';
import type { RegionChoice } from '../shared/region-store.ts';

type RegionOption = { value: string; label: string; isLeaf?: boolean; children?: RegionOption[] };

type Props = {
  id: string;
  value: readonly RegionChoice[];
  onChange: (path: RegionChoice[]) => void;
  allowClear?: boolean;
  className?: string;
};

const shown = (r: RegionView) => !r.statisticalOnly;

function buildOptions(top: RegionView[], loaded: Readonly<Record<string, RegionView[]>>): RegionOption[] {
  const provinces = top.filter((r) => r.level === 'province');
  const cities = top.filter((r) => r.level === 'city' && shown(r));
  const county = (r: RegionView): RegionOption => ({ value: r.code, label: r.name, isLeaf: true });
  const city = (r: RegionView): RegionOption => {
    const children = loaded[r.code]?.filter((c) => shown(c) && c.level === 'county');
    if (!children) return { value: r.code, label: r.name, isLeaf: false };
    return children.length > 0
      ? { value: r.code, label: r.name, children: children.map(county) }
      : { value: r.code, label: r.name, isLeaf: true };
  };
  return provinces.map((p) => ({
    value: p.code,
    label: p.name,
    children: cities.filter((c) => c.parentCode === p.code).map(city),
  }));
}

export function RegionCascader({ id, value, onChange, allowClear = false, className }: Props) {
  const queryClient = useQueryClient();
  const top = useRegions(undefined);
  const rememberedCity = value[1]?.code;
  const cityChildren = useRegions(rememberedCity, Boolean(rememberedCity));
  const [loaded, setLoaded] = useState<Record<string, RegionView[]>>({});

  const options = useMemo(() => {
    const all = { ...loaded };
    if (rememberedCity && cityChildren.data) all[rememberedCity] = cityChildren.data;
    return buildOptions(top.data ?? [], all);
  }, [top.data, loaded, rememberedCity, cityChildren.data]);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected.at(-1);
    if (!target || loaded[target.value]) return;
    const children = await queryClient.fetchQuery({
      queryKey: ['regions', target.value],
      queryFn: ({ signal }) => fetchRegions(target.value, signal),
      staleTime: Number.POSITIVE_INFINITY,
    });
    setLoaded((current) => ({ ...current, [target.value]: children }));
  };

  return (
    <Cascader<RegionOption>
      id={id}
      className={className}
      options={options}
      value={value.map((r) => r.code)}
      loadData={loadData}
      changeOnSelect
      allowClear={allowClear}
      placeholder={t('portal.region.placeholder')}
      // below the autonomous region the path reads "鄂尔多斯市 / 乌审旗"
      displayRender={() => (value.length > 1 ? value.slice(1) : value).map((r) => r.name).join(' / ')}
      onChange={(_codes, selected) => {
        const path = (selected ?? []).map((o) => ({ code: o.value, name: o.label }));
        onChange(path);
      }}
    />
  );
}

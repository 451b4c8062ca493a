// antd-mobile SearchBar plus a visible 搜索 button; Enter on the phone keyboard searches too.
import { Button, SearchBar } from 'antd-mobile';
import { type FormEvent, useEffect, useState } from 'react';
import { t } from '../../app/i18n.ts';

export function MobileSearchBox({
  initialQuery = '',
  onSearch,
}: {
  initialQuery?: string;
  onSearch: (q: string) => void;
}) {
  const [q, setQ] = useState(initialQuery);
  useEffect(() => setQ(initialQuery), [initialQuery]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <search aria-label={t('mobile.searchLabel')}>
      <form className="m-search" onSubmit={submit}>
        <SearchBar
          className="m-search-bar"
          value={q}
          maxLength={50}
          // antd-mobile's clear icon is a div with aria-label and no role or keyboard access
          clearable={false}
          placeholder={t('search.placeholder')}
          onChange={setQ}
        />
        <Button type="submit" color="primary" size="middle" className="m-search-button">
          {t('search.button')}
        </Button>
      </form>
    </search>
  );
}

// The search box: a labelled input and a 搜索 button in a search landmark; Enter submits.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { t } from '../../app/i18n.ts';

type Props = { id: string; initialQuery?: string; size?: 'large' | 'middle'; onSearch: (q: string) => void };

export function SearchForm({ id, initialQuery = '', size = 'large', onSearch }: Props) {
  const [q, setQ] = useState(initialQuery);
  useEffect(() => setQ(initialQuery), [initialQuery]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <search>
      <form className={`portal-search-form portal-search-form-${size}`} onSubmit={submit}>
        <label htmlFor={id} className="msb-visually-hidden">
          {t('portal.home.searchLabel')}
        </label>
        <Input
          id={id}
          size={size}
          type="search"
          value={q}
          maxLength={50}
          allowClear
          placeholder={t('search.placeholder')}
          prefix={<SearchOutlined aria-hidden="true" />}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="primary" size={size} htmlType="submit">
          {t('search.button')}
        </Button>
      </form>
    </search>
  );
}

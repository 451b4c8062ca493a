// zh-CN messages. Add keys here first; other locales may translate any subset.
export const zhCN = {
  'app.title': '蒙速办 · 政务服务',
  'app.demoBanner': '当前为示例数据（示例），仅供演示，不是真实的办事信息。',
  'nav.home': '首页',
  'nav.admin': '工作台',
  'nav.elderMode': '长辈版',
  'nav.standardMode': '标准版',
  'search.placeholder': '搜索事项，如：营业执照、公积金提取、yyzz',
  'search.button': '搜索',
  'search.resultCount': '共找到 {n} 项',
  'search.noResult': '没有找到相关事项，请换个关键词试试',
} as const;

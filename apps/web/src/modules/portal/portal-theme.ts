// antd theme tokens of the portal. Colours are darker than antd's defaults so that text, links and
// buttons reach WCAG AA contrast (4.5:1); 长辈版 raises the base font to 20px with larger controls.
import type { ThemeConfig } from 'antd';

const PRIMARY = '#0958d9';

const standard: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorInfo: PRIMARY,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
    fontSize: 15,
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 72,
      headerPadding: '0 24px',
      bodyBg: '#f3f5f8',
      footerBg: '#f3f5f8',
    },
  },
};

const elder: ThemeConfig = {
  token: {
    ...standard.token,
    colorText: '#000000',
    colorTextHeading: '#000000',
    colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.8)',
    colorTextDescription: 'rgba(0, 0, 0, 0.8)',
    colorBorder: '#595959',
    colorBorderSecondary: '#8c8c8c',
    fontSize: 20,
    fontSizeLG: 22,
    fontSizeHeading1: 36,
    fontSizeHeading2: 28,
    fontSizeHeading3: 24,
    controlHeight: 48,
    controlHeightLG: 56,
    controlHeightSM: 40,
    lineWidth: 2,
  },
  components: {
    ...standard.components,
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 88,
      headerPadding: '0 24px',
      bodyBg: '#ffffff',
      footerBg: '#ffffff',
    },
  },
};

export function portalTheme(elderMode: boolean): ThemeConfig {
  return elderMode ? elder : standard;
}

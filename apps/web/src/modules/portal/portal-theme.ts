// antd theme tokens of the portal. Colours are darker than antd's defaults so that text, links and
// buttons reach WCAG AA contrast (4.5:1); 长辈版 raises the base font to 20px with larger controls.
import type { ThemeConfig } from 'antd';

const PRIMARY = '#0958d9';

const standard: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    // antd lightens links on hover (#579df2, 2.8:1): darken instead so a hovered link keeps 4.5:1
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    // the same for hovered buttons (antd derives a lighter #2e7ae6, 4.2:1 as text on white)
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorInfo: PRIMARY,
    // antd's #ff4d4f is 3.3:1 on white: error messages and danger buttons need 4.5:1
    colorError: '#cf1322',
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

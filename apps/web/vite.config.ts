import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The phone pages (/m/) must not download the desktop UI library (first load ≤ 250 KB gzip, issue 2 §6).
// Vite 8 (rolldown) code-splitting groups, highest priority first: React on its own, the libraries antd and
// antd-mobile share in `vendor` (so desktop pages never load antd-mobile's global CSS), then each UI library.
// The form renderer of the case pages (rjsf, ajv) has its own chunks so that it never joins a first load.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            // the application-form renderer (rjsf + ajv) comes only with the case pages, never in a first load;
            // its antd theme is a chunk of its own that does not take antd in with it (antd stays in `antd`)
            {
              name: 'rjsf-antd',
              test: /node_modules[\\/]@rjsf[\\/]antd[\\/]/,
              priority: 36,
              includeDependenciesRecursively: false,
            },
            {
              name: 'forms',
              test: /node_modules[\\/](@rjsf[\\/](core|utils|validator-ajv8)|@x0k|ajv|ajv-formats|fast-uri|jsonpointer|markdown-to-jsx|json-schema-traverse|require-from-string)[\\/]/,
              priority: 35,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/](?!antd|@ant-design|@rc-component|@rjsf|typebox|react[\\/]|react-dom|scheduler)/,
              priority: 30,
            },
            { name: 'antd-mobile', test: /node_modules[\\/]antd-mobile[\\/]/, priority: 20 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});

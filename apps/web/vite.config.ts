import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // the phone pages (/m/) must not download the desktop UI library: keep vendors in their own chunks
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/antd-mobile')) return 'antd-mobile';
          if (
            id.includes('node_modules/antd/') ||
            id.includes('node_modules/@ant-design') ||
            id.includes('node_modules/@rc-component')
          )
            return 'antd';
          if (
            id.includes('node_modules/react-dom') ||
            id.includes('node_modules/react/') ||
            id.includes('node_modules/scheduler')
          )
            return 'react';
          return undefined;
        },
      },
    },
  },
});

import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = __dirname;

/** The console: built into dist/apps/web, which the API serves at `/`; in development Vite proxies the API. */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: resolve(root, '../../dist/apps/web'),
    emptyOutDir: true,
    // antd and ECharts are each several hundred kB minified, in cached chunks of their own (ECharts loads
    // with the dashboard only); the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1024,
    // React and ECharts, big and rarely changing, get cached chunks of their own. The rest of node_modules (antd
    // above all) is split by route like the pages, so signing in loads only what the login and the layout use.
    // A function, not entry names: naming an entry would keep all of its exports and defeat tree-shaking.
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (!id.includes('/node_modules/')) {
            return undefined;
          }
          if (/\/node_modules\/(echarts|zrender)\//.test(id)) {
            return 'echarts';
          }
          return /\/node_modules\/(react|react-dom|react-router|scheduler)\//.test(id) ? 'react' : undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': process.env['LIANDONG_API_URL'] ?? 'http://localhost:3000',
      '/admin/queues': process.env['LIANDONG_API_URL'] ?? 'http://localhost:3000',
    },
  },
});

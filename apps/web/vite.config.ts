import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { learnCatalog } from './vite-plugin-learn-catalog.js';

export default defineConfig({
  plugins: [
    react(),
    // The Learn catalog, validated and compiled from packages/content; content errors fail the build.
    // KMM_CONTENT_DIR points it at another content directory (e.g. a fixture).
    learnCatalog({ contentDir: process.env.KMM_CONTENT_DIR }),
    // The Check, Learn and Help pages must keep working on a phone that lost its connection:
    // a service worker precaches the built app and answers navigations with index.html.
    VitePWA({
      registerType: 'autoUpdate',
      // An external registerSW.js: the Content-Security-Policy forbids inline scripts.
      injectRegister: 'script',
      manifest: {
        name: 'Không Một Mình',
        short_name: 'Không Một Mình',
        description: 'Cùng nhau an toàn trực tuyến: kiểm tra tin nhắn lạ, học nhận diện chiêu trò, tìm trợ giúp.',
        lang: 'vi',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f8fa',
        theme_color: '#0b5cad',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages must load on a cheap phone over weak school Wi-Fi: warn early on big chunks.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Adds `<link rel="preload">` for the Latin font file (src/fonts.css) to
 * the built index.html: its fetch starts with the HTML, so it is loaded
 * before the first layout instead of being found by it. (Latin Extended is
 * left to load when a text needs it.) The file names carry a content hash,
 * hence a plugin and not lines in index.html.
 */
function preloadFonts(): Plugin {
  return {
    name: 'salesdesk-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter(
          (name) => name.endsWith('.woff2') && !name.includes('latin-ext'),
        );
        if (files.length !== 1) throw new Error(`expected one Latin font file in the build (src/fonts.css), found ${files.length}`);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head-prepend' as const,
        }));
      },
    },
  };
}

// The UI is served by Tauri's custom protocol from dist/ (see tauri.conf.json);
// `npm run dev` serves it on the port tauri.conf.json's devUrl names.
export default defineConfig(({ mode }) => ({
  plugins: [svelte(), preloadFonts()],
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: { target: 'safari15', outDir: 'dist', emptyOutDir: true },
  // Component tests mount Svelte's browser build in jsdom.
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts'],
  },
}));

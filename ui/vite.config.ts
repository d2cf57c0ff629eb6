/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Adds `<link rel="preload">` for the font files (src/fonts.css) to the
 * built index.html: their fetch starts with the HTML, so they are loaded
 * before the first layout instead of being found by it. The file names
 * carry a content hash, hence a plugin and not lines in index.html.
 */
function preloadFonts(): Plugin {
  return {
    name: 'salesdesk-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((name) => name.endsWith('.woff2'));
        if (files.length === 0) throw new Error('no font file in the build (src/fonts.css)');
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

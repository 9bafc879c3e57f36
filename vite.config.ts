import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { mppDatasetPlugin } from './src/lib/data/node/vitePlugin';

export default defineConfig({
  plugins: [mppDatasetPlugin(), sveltekit()],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});

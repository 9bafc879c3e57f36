// The two Noto Sans faces the app ships (400 and 600; 600 serves as bold). SvelteKit preloads them
// (src/hooks.server.ts) and MapLibre draws its labels from the same files.
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import semibold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

export const FONT_FILES = { regular, semibold };

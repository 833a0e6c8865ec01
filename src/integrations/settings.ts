// Astro integration: the settings astro.config.mjs read (src/config.ts), for the content config
// and the pages, as the module virtual:case-library/settings (typed in src/types/virtual.d.ts).
import type { AstroIntegration } from 'astro';
import type { Settings } from '../config.ts';
import { virtualModule } from './virtual-module.ts';

export function siteSettings(settings: Settings): AstroIntegration {
  return {
    name: 'case-library:settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [virtualModule('virtual:case-library/settings', { contentDir: settings.contentDir, editor: settings.editor })] } });
      },
    },
  };
}

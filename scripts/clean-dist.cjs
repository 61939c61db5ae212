// Removes dist/ before a build; the ESM and CJS builds run side by side and must not clean each other.
require('node:fs').rmSync(require('node:path').join(__dirname, '..', 'dist'), { recursive: true, force: true });

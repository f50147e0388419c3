// npm run bundle — writes the Action's dist/ (see build-action-bundle.ts) from the compiled sources in lib/.
import { buildActionBundle } from './build-action-bundle.js';

buildActionBundle(process.cwd(), 'dist');

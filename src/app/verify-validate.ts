export { validateDocument } from './verify-validators.js';

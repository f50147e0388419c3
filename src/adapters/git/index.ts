// The one git boundary: use cases import git from here and nowhere else. Every write goes through the git CLI
// (locks, temp-file-and-rename objects, compare-and-swap refs), so a killed process cannot corrupt a repository.
export * from './exec.js';
export * from './object-reader.js';
export * from './plumbing.js';
export * from './remote.js';
export * from './repo.js';
export * from './repo-lock.js';
export * from './commit.js';

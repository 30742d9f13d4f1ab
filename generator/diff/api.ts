/** The diff as a programmatic API: build both sides from resolved configs, compare, render. */
export { compareBuilds, suggestBump, type DiffInput } from './compare.js';
export { renderJson, renderMarkdown } from './markdown.js';
export { buildSide } from './side.js';
export { CHANGE_RULES, type Audience, type Bump, type Change, type ChangeKind, type DiffReport, type StructureDiff } from './types.js';

/**
 * The script and style sheet every http(s) page loads, as the manifest lists them (see
 * wxt.config.ts): the pre-check, built from entrypoints/pre-check, and the paint style's
 * `::highlight()` rules, copied from public/.
 */
export const PRE_CHECK_FILE = 'pre-check.js';
export const MARKS_CSS_FILE = 'content-scripts/marks.css';

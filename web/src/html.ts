/** Tagged-template views (htm bound to Preact's h): no JSX compile step needed. */
export { html } from 'htm/preact';

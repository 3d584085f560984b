/** Stylesheets imported for their effect on the page (webpack puts them into the pane's CSS). */
declare module "*.css";

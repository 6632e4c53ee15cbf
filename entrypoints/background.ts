export default defineBackground(() => {
  // The background owns storage and messaging; later issues add them here.
});

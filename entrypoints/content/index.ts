export default defineContentScript({
  matches: ['*://*.coindesk.com/*'],
  main() {},
});

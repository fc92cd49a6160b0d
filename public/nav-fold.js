// Phones, and pages that need the full width: fold the chapter list so the text comes first.
// Loaded right after the list, before the page paints.
(function () {
  var d = document.currentScript && document.currentScript.previousElementSibling;
  if (d && d.tagName === 'DETAILS' && (d.closest('.page-wide') || !window.matchMedia('(min-width: 64rem)').matches)) d.open = false;
})();

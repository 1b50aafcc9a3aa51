/**
 * The claim map's script, run in the page. With the per-file views embedded in inert script
 * elements (`<script type="text/x-recount-view" id="v<i>">`), it shows one file at a time, rendered
 * when opened; without them (a page that inserts views itself, such as the playground) it only
 * handles the links, and leaves the URL's fragment alone. A link to `#f<i>-…` opens file i, then scrolls to and focuses its target;
 * Escape hides an open tooltip.
 */
export const CLAIM_MAP_SCRIPT = `(function () {
  var views = document.querySelectorAll('script[type="text/x-recount-view"]');
  if (views.length === 0) views = null;
  var slot = document.getElementById('view');
  var shown = -1;
  function fileOf(id) {
    if (id.charAt(0) !== 'f') return -1;
    var end = 1;
    while (end < id.length && id.charCodeAt(end) >= 48 && id.charCodeAt(end) <= 57) end++;
    return end > 1 ? Number(id.slice(1, end)) : -1;
  }
  function open(i) {
    if (!views || !slot || i === shown || i < 0 || i >= views.length) return;
    slot.innerHTML = document.getElementById('v' + i).textContent;
    shown = i;
    var links = document.querySelectorAll('.file-link');
    for (var k = 0; k < links.length; k++) {
      if (links[k].getAttribute('href') === '#f' + i) links[k].setAttribute('aria-current', 'page');
      else links[k].removeAttribute('aria-current');
    }
  }
  // Lines nothing points at carry no id: f<i>-L<n> is the n-th line of file i's source.
  function plainLine(id) {
    var at = id.indexOf('-L');
    var article = document.getElementById(id.slice(0, at));
    if (at < 0 || !article) return null;
    var n = Number(id.slice(at + 2));
    var lines = article.querySelectorAll('.src > div:not(.note)');
    var line = n >= 1 && n <= lines.length ? lines[n - 1] : null;
    if (line) line.id = id;
    return line;
  }
  function go(id) {
    var i = fileOf(id);
    if (i < 0) return false;
    open(i);
    var target = document.getElementById(id) || plainLine(id);
    if (!target) return false;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    var old = document.querySelectorAll('.flash');
    for (var k = 0; k < old.length; k++) old[k].classList.remove('flash');
    if (target.parentElement && target.parentElement.classList.contains('src')) target.classList.add('flash');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#f"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice(1);
    if (go(id)) {
      event.preventDefault();
      // A live page (no embedded views) may keep its own state in the fragment: leave it alone.
      if (views && history.pushState) history.pushState(null, '', '#' + id);
    }
  });
  if (views) window.addEventListener('hashchange', function () { go(location.hash.slice(1)); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') document.body.classList.add('no-tips');
  });
  document.addEventListener('focusin', function () { document.body.classList.remove('no-tips'); });
  document.addEventListener('mouseover', function (event) {
    if (event.target.classList && event.target.classList.contains('claim')) document.body.classList.remove('no-tips');
  });
  if (views && !(location.hash && go(location.hash.slice(1)))) {
    var first = slot ? Number(slot.getAttribute('data-first') || '0') : 0;
    open(first);
  }
})();`

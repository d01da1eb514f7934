// Sends the e-mail's score: its GET recorded nothing (mail scanners open every link). Waits while
// the tab is hidden. Without JavaScript the Send button does this. Also a live comment count.
(function () {
	var form = document.querySelector('form[data-autosubmit]');
	function send() {
		if (document.visibilityState === 'hidden') return;
		document.removeEventListener('visibilitychange', send);
		history.replaceState(null, '', form.action); // "back" must not send it again
		form.submit();
	}
	if (form) {
		document.addEventListener('visibilitychange', send);
		send();
	}
	var box = document.getElementById('comment');
	var hint = document.getElementById('comment-hint');
	function count() {
		hint.textContent = hint.dataset.count.replace('{n}', box.value.length);
	}
	if (box && hint && hint.dataset.count) {
		box.addEventListener('input', count);
		count();
	}
})();

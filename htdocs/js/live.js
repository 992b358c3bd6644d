/*
 * live.js - a conversation that updates itself (issue 11).
 *
 * On /ask/<id>, /inbox/<id> and a goals chat (/chat/<id>) the page's
 * section names its live channel (data-live). nginx holds the EventSource
 * connection (nchan; no FastCGI worker waits) after asking the app
 * whether this session may read the conversation. Events:
 *   message  one message as the page shows it (an <li id="m<id>">,
 *            rendered and escaped by the server's template): added to
 *            the thread unless it is there already (a reload, a
 *            reconnect that replays what was missed), in the order of
 *            its data-seq when it has one (a chat), and announced
 *            politely to screen readers;
 *   typing   (support persons only) a colleague's handle: "<him> is
 *            writing…" for a few seconds after the last one.
 * While a support person types in a reply or note box, the page tells
 * his colleagues (POST data-typing) at most every 4 seconds.
 * Without JavaScript, or if nothing arrives, the page works by reloading.
 */
(function () {
	"use strict";
	var root = document.querySelector("[data-live]");
	if (!root || !window.EventSource || !window.DOMParser)
		return;
	var thread = document.querySelector("ol.thread");
	var notice = root.querySelector("[data-live-notice]");
	var typingNotice = root.querySelector("[data-typing-notice]");
	var me = root.getAttribute("data-me") || "";

	function announce(text) {
		if (!notice)
			return;
		/* A new text each time, so it is read again. */
		notice.textContent = "";
		window.setTimeout(function () { notice.textContent = text; }, 50);
	}

	function addMessage(html) {
		var doc = new DOMParser().parseFromString("<ol>" + html + "</ol>", "text/html");
		var li = doc.querySelector("li.message[id]");
		if (!li || !thread || document.getElementById(li.id))
			return;
		/* In its place when it says one (a chat's data-seq: two writers'
		 * messages may arrive in either order), else at the end. */
		var seq = Number(li.getAttribute("data-seq")) || 0;
		var next = null;
		if (seq) {
			var shown = thread.querySelectorAll("li[data-seq]");
			for (var i = 0; i < shown.length && !next; i++)
				if (Number(shown[i].getAttribute("data-seq")) > seq)
					next = shown[i];
		}
		thread.insertBefore(document.importNode(li, true), next);
		var who = li.querySelector(".who");
		announce((root.getAttribute("data-live-new") || "") + (who ? " " + who.textContent : ""));
	}

	var typingTimer = 0;
	function showTyping(handle) {
		if (!typingNotice || !handle || handle === me)
			return;
		var words = root.getAttribute("data-writing") || "%s";
		typingNotice.textContent = words.replace("%s", handle);
		window.clearTimeout(typingTimer);
		typingTimer = window.setTimeout(function () { typingNotice.textContent = ""; }, 8000);
	}

	var source = new EventSource(root.getAttribute("data-live"));
	/* data-live-state says how the connection is (for tests and styles). */
	source.addEventListener("open", function () { root.setAttribute("data-live-state", "open"); });
	source.addEventListener("error", function () {
		root.setAttribute("data-live-state", source.readyState === 2 ? "closed" : "connecting");
	});
	source.addEventListener("message", function (e) { addMessage(e.data); });
	source.addEventListener("typing", function (e) { showTyping(e.data); });
	/* The browser reconnects by itself (with Last-Event-ID); a refusal
	 * (403/404) closes it for good. */

	var typingUrl = root.getAttribute("data-typing");
	var csrfField = root.querySelector("input[name=csrf]");
	if (!typingUrl || !csrfField || !window.fetch)
		return;
	var lastSent = 0;
	root.addEventListener("input", function (e) {
		if (!e.target || e.target.tagName !== "TEXTAREA")
			return;
		var now = Date.now();
		if (now - lastSent < 4000)
			return;
		lastSent = now;
		var body = new URLSearchParams();
		body.set("csrf", csrfField.value);
		window.fetch(typingUrl, {method: "POST", body: body, credentials: "same-origin"})
			.catch(function () {});
	});
})();

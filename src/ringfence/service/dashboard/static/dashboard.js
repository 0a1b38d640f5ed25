// Ringfence review dashboard: vanilla JS over the JSON API. User text (messages, notes, statements, reasons) is
// only ever put into the page as text nodes (h() / textContent), never parsed as HTML.
"use strict";

(() => {
  const KEY_STORAGE = "ringfence.apiKey";
  const PAGE_SIZE = 25;
  const CASE_OUTCOMES = [
    ["dismiss", "Dismiss", "no violation: the content is released, no strike"],
    ["warn", "Warn", "violation confirmed: a strike, the content stays as the policy left it"],
    ["takedown", "Take down", "violation confirmed: a strike and the content is blocked"],
    ["suspend", "Suspend", "violation confirmed: a suspension strike and the content is blocked"],
  ];
  const APPEAL_OUTCOMES = [
    ["upheld", "Uphold", "the original decision stands"],
    ["overturned", "Overturn", "the strike is removed and the content released"],
  ];
  const SURFACES = ["message", "proposal", "profile", "review", "job_post", "screening_question", "screening_answer"];

  const main = document.getElementById("main");
  const flash = document.getElementById("flash");
  const keyStatus = document.getElementById("key-status");
  const keyInput = document.getElementById("api-key");

  // Queue paging lives in memory: the API's cursors only go forward, so keep the ones already seen.
  const queue = { status: "open", surface: "", cursors: [null], index: 0 };
  // Each render takes a ticket; a response that arrives after a newer render started is dropped.
  let ticket = 0;

  // ---- DOM helpers -------------------------------------------------------------------------------------------

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "on") {
        for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
      } else if (name === "class") {
        el.className = value;
      } else {
        el.setAttribute(name, value === true ? "" : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function time(iso) {
    if (!iso) return "—";
    const date = new Date(iso);
    return h("time", { datetime: iso, title: iso }, Number.isNaN(date.getTime()) ? iso : date.toLocaleString());
  }

  function show(value) {
    return value === null || value === undefined || value === "" ? "—" : String(value);
  }

  function definitions(pairs) {
    return h("dl", { class: "meta" }, pairs.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
  }

  function section(title, ...children) {
    const id = "s-" + title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return h("section", { "aria-labelledby": id }, h("h3", { id }, title), children);
  }

  function table(caption, headers, rows) {
    return h(
      "table",
      {},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, headers.map((label) => h("th", { scope: "col" }, label)))),
      h("tbody", {}, rows),
    );
  }

  function setView(title, ...children) {
    const heading = h("h2", { tabindex: "-1", id: "view-title" }, title);
    main.replaceChildren(heading, ...children.flat(Infinity).filter(Boolean));
    heading.focus();
  }

  function say(message, kind) {
    flash.replaceChildren();
    if (!message) {
      flash.hidden = true;
      return;
    }
    flash.className = "flash " + (kind || "info");
    flash.append(...(Array.isArray(message) ? message : [message]).map((m) => (m instanceof Node ? m : h("p", {}, m))));
    flash.hidden = false;
  }

  function outcomeFieldset(name, legend, choices, idPrefix) {
    return h(
      "fieldset",
      { class: "outcomes" },
      h("legend", {}, legend),
      choices.map(([value, label, help], i) => {
        const id = `${idPrefix}-${value}`;
        return h(
          "div",
          { class: "choice" },
          h("input", { type: "radio", name, id, value, required: i === 0, "aria-describedby": `${id}-help` }),
          h("label", { for: id }, label),
          h("span", { id: `${id}-help`, class: "help" }, " — " + help),
        );
      }),
    );
  }

  // ---- API ---------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  async function api(method, path, body) {
    const key = sessionStorage.getItem(KEY_STORAGE);
    if (!key) throw new ApiError(401, "no_key", "Enter a reviewer or admin API key first.");
    const headers = { Authorization: `Bearer ${key}`, Accept: "application/json" };
    const init = { method, headers, cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (err) {
      throw new ApiError(0, "network", `Could not reach the server (${err.message}).`);
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = data && data.error;
      throw new ApiError(
        response.status,
        error ? error.code : `http_${response.status}`,
        error ? error.message : `${response.status} ${response.statusText}`,
      );
    }
    return data;
  }

  function explain(err, what) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) {
      say([`Your API key was not accepted: ${err.message}`, "Paste a valid reviewer or admin key above."], "error");
      keyInput.focus();
    } else if (err.status === 403) {
      say(`Not allowed to ${what}: ${err.message}`, "error");
    } else if (err.status === 409) {
      say([h("strong", {}, "Someone else got there first."), `Could not ${what}: ${err.message}`], "error conflict");
    } else if (err.status === 429) {
      say(`Too many requests; wait a moment and try again. (${err.message})`, "error");
    } else {
      say(`Could not ${what}: ${err.message}`, "error");
    }
  }

  // ---- queue -------------------------------------------------------------------------------------------------

  async function renderQueue() {
    const status = h(
      "select",
      { id: "f-status", name: "status" },
      [
        ["open", "Open"],
        ["claimed", "Claimed"],
        ["pending", "Open or claimed"],
        ["decided", "Decided"],
      ].map(([value, label]) => h("option", { value, selected: value === queue.status }, label)),
    );
    const surface = h("input", { id: "f-surface", name: "surface", list: "surfaces", value: queue.surface });
    const filters = h(
      "form",
      {
        class: "filters",
        "aria-label": "Filter the queue",
        on: {
          submit: (event) => {
            event.preventDefault();
            Object.assign(queue, { status: status.value, surface: surface.value.trim(), cursors: [null], index: 0 });
            renderQueue();
          },
        },
      },
      h("label", { for: "f-status" }, "Status"),
      status,
      h("label", { for: "f-surface" }, "Surface"),
      surface,
      h("datalist", { id: "surfaces" }, SURFACES.map((s) => h("option", { value: s }))),
      h("button", { type: "submit" }, "Apply filters"),
    );
    const loading = h("p", { role: "status" }, "Loading cases…");
    const mine = ++ticket;
    setView("Review queue", filters, loading);

    const params = new URLSearchParams({ status: queue.status, limit: String(PAGE_SIZE) });
    if (queue.surface) params.set("surface", queue.surface);
    const cursor = queue.cursors[queue.index];
    if (cursor) params.set("cursor", cursor);
    let page;
    try {
      page = await api("GET", `/v1/cases?${params}`);
    } catch (err) {
      if (mine !== ticket) return;
      loading.textContent = "The queue could not be loaded.";
      explain(err, "load the queue");
      return;
    }
    if (mine !== ticket) return;
    queue.cursors.length = queue.index + 1;
    if (page.next) queue.cursors.push(page.next);
    const first = queue.index * PAGE_SIZE + 1;
    loading.textContent = page.items.length
      ? `Cases ${first}–${first + page.items.length - 1}, highest priority first.`
      : "No cases match these filters.";
    const rows = page.items.map((c) =>
      h(
        "tr",
        { "data-case-id": c.id },
        h("th", { scope: "row" }, h("a", { href: `#/case/${c.id}` }, `Case ${c.id}`)),
        h("td", { class: "num" }, c.priority),
        h("td", { class: "num" }, c.severity),
        h("td", { class: "num" }, c.repeat_score),
        h("td", {}, show(c.surface)),
        h("td", {}, show(c.sender_id)),
        h("td", {}, c.source),
        h("td", { class: "num" }, c.report_count),
        h("td", {}, c.status, c.claimed_by ? ` (${c.claimed_by})` : ""),
        h("td", {}, time(c.created_at)),
      ),
    );
    const pager = h(
      "nav",
      { class: "pager", "aria-label": "Queue pages" },
      h(
        "button",
        {
          type: "button",
          disabled: queue.index === 0,
          on: { click: () => ((queue.index -= 1), renderQueue()) },
        },
        "Previous page",
      ),
      h("span", {}, ` Page ${queue.index + 1} `),
      h(
        "button",
        {
          type: "button",
          disabled: !page.next,
          on: { click: () => ((queue.index += 1), renderQueue()) },
        },
        "Next page",
      ),
    );
    if (page.items.length) {
      main.append(
        table(
          "Cases in priority order",
          ["Case", "Priority", "Severity", "Repeat", "Surface", "Sender", "Source", "Reports", "Status", "Created"],
          rows,
        ),
      );
    }
    main.append(pager);
  }

  // ---- one case ----------------------------------------------------------------------------------------------

  // Finding offsets are Python string indices, i.e. code points; Array.from splits a string into code points.
  function highlighted(text, spans) {
    const chars = Array.from(text);
    const merged = [];
    for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const last = merged[merged.length - 1];
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end);
        last.spans.push(span);
      } else {
        merged.push({ start: span.start, end: span.end, spans: [span] });
      }
    }
    const out = h("div", { class: "message", id: "message-text" });
    let position = 0;
    for (const segment of merged) {
      out.append(document.createTextNode(chars.slice(position, segment.start).join("")));
      const violating = segment.spans.some((s) => s.violation);
      const label = segment.spans.map((s) => `${s.kind} (${s.rule})${s.violation ? ", violation" : ""}`).join("; ");
      out.append(
        h(
          "mark",
          {
            class: violating ? "finding violation" : "finding",
            title: label,
            "data-start": segment.start,
            "data-end": segment.end,
            "data-kinds": segment.spans.map((s) => s.kind).join(" "),
          },
          chars.slice(segment.start, segment.end).join(""),
        ),
      );
      position = segment.end;
    }
    out.append(document.createTextNode(chars.slice(position).join("")));
    return out;
  }

  function caseActions(detail) {
    if (detail.status === "decided") {
      return section(
        "Decision",
        h(
          "p",
          { id: "decision-summary" },
          `Decided “${detail.outcome}” by ${detail.decided_by} on `,
          time(detail.decided_at),
          detail.confirmed === false && detail.outcome !== "dismiss" ? " (overturned on appeal)" : "",
          ".",
        ),
        detail.note ? h("blockquote", { class: "note" }, detail.note) : null,
      );
    }
    const claim = h(
      "button",
      {
        type: "button",
        id: "claim",
        on: {
          click: async () => {
            claim.disabled = true;
            try {
              await api("POST", `/v1/cases/${detail.id}/claim`);
              say(`You claimed case ${detail.id}.`, "ok");
            } catch (err) {
              explain(err, `claim case ${detail.id}`);
            }
            await renderCase(detail.id);
          },
        },
      },
      detail.status === "claimed" ? `Claimed by ${detail.claimed_by}` : "Claim this case",
    );
    if (detail.status === "claimed") claim.disabled = true;
    const note = h("textarea", { id: "decision-note", name: "note", rows: "3", maxlength: "4000" });
    const form = h(
      "form",
      {
        id: "decision-form",
        on: {
          submit: async (event) => {
            event.preventDefault();
            const outcome = new FormData(form).get("outcome");
            if (!outcome) return;
            const submit = form.querySelector("button[type=submit]");
            submit.disabled = true;
            try {
              const decided = await api("POST", `/v1/cases/${detail.id}/decision`, {
                outcome,
                note: note.value.trim() || null,
              });
              say(`Case ${decided.id} decided: ${decided.outcome}.`, "ok");
            } catch (err) {
              explain(err, `decide case ${detail.id}`);
            }
            await renderCase(detail.id);
          },
        },
      },
      outcomeFieldset("outcome", "Outcome", CASE_OUTCOMES, "outcome"),
      h("label", { for: "decision-note" }, "Note (optional, kept in the audit log)"),
      note,
      h("button", { type: "submit", class: "primary" }, "Decide"),
    );
    return section(
      "Decision",
      h("p", {}, claim, " ", h("span", { class: "help" }, "Claiming tells other reviewers you are on it.")),
      form,
    );
  }

  function senderSection(history) {
    if (!history) return section("Sender", h("p", {}, "This case has no sender id."));
    const account = history.account;
    const strikes = account.strikes.map((s) =>
      h(
        "tr",
        {},
        h("td", {}, s.case_id ? h("a", { href: `#/case/${s.case_id}` }, `Case ${s.case_id}`) : "—"),
        h("td", {}, s.kind),
        h("td", { class: "num" }, s.weight),
        h("td", {}, s.outcome),
        h("td", {}, time(s.created_at)),
        h("td", {}, s.active ? "active" : s.removed_reason ? `removed: ${s.removed_reason}` : "expired"),
      ),
    );
    const cases = history.cases.map((c) =>
      h(
        "li",
        {},
        h("a", { href: `#/case/${c.id}` }, `Case ${c.id}`),
        ` — ${c.status}${c.outcome ? `, ${c.outcome}` : ""}${c.confirmed === false ? " (not confirmed)" : ""}, `,
        time(c.created_at),
      ),
    );
    return section(
      "Sender",
      definitions([
        ["Sender", account.sender_id],
        ["Standing", h("span", { id: "standing", class: `standing ${account.standing}` }, account.standing)],
        ["Active strikes", h("span", { id: "active-strikes" }, account.active_strikes)],
        ["Active weight", account.active_weight],
        ["Restricted until", account.restricted_until ? time(account.restricted_until) : "—"],
        ["Needs a human", account.needs_human ? "yes" : "no"],
        ["Recorded messages", history.recorded_events],
      ]),
      strikes.length
        ? table(`Strikes (window ${account.window_days} days)`, ["Case", "Kind", "Weight", "Outcome", "When", "State"], strikes)
        : h("p", {}, "No strikes."),
      h("h4", {}, "Other cases of this sender"),
      cases.length ? h("ul", {}, cases) : h("p", {}, "None."),
    );
  }

  async function renderCase(caseId) {
    const mine = ++ticket;
    let detail;
    try {
      detail = await api("GET", `/v1/cases/${caseId}`);
    } catch (err) {
      if (mine !== ticket) return;
      setView(`Case ${caseId}`, h("p", {}, h("a", { href: "#/queue" }, "Back to the queue")));
      explain(err, `load case ${caseId}`);
      return;
    }
    if (mine !== ticket) return;
    const event = detail.event;
    const content = [];
    if (event) {
      content.push(
        section(
          "Message",
          h(
            "p",
            { class: "help" },
            "Findings are marked; ",
            h("mark", { class: "finding violation" }, "violations"),
            " are outlined in red, other findings in amber. Hover a mark for its kind and rule.",
          ),
          highlighted(event.text, detail.spans),
          definitions([
            ["Event", event.event_id],
            ["Action (original → now)", `${event.original_action} → ${event.action}`],
            ["Content status", event.status],
            ["Policy version", event.policy_version],
            ["Context", Object.entries(event.context || {}).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join(", ")],
          ]),
        ),
        section(
          "Findings",
          detail.findings.length
            ? table(
                "What the scanner found",
                ["Kind", "Text", "Rule", "Confidence", "Violation"],
                detail.findings.map((f, i) =>
                  h(
                    "tr",
                    { class: "finding-row" },
                    h("td", {}, f.kind, f.platform ? ` (${f.platform})` : ""),
                    h("td", { class: "finding-text" }, h("code", {}, f.text)),
                    h("td", {}, h("code", {}, f.rule)),
                    h("td", { class: "num" }, f.confidence),
                    h("td", {}, detail.spans[i] && detail.spans[i].violation ? "yes" : "no"),
                  ),
                ),
              )
            : h("p", {}, "No findings."),
        ),
        section("Reasons", detail.reasons.length ? h("ul", {}, detail.reasons.map((r) => h("li", {}, r))) : h("p", {}, "None.")),
        section(
          "Normalised views",
          h("p", { class: "help" }, "The texts the detectors read: the original plus each derived view."),
          detail.normalised.map((v) => h("div", { class: "view" }, h("h4", {}, v.view), h("pre", {}, v.text))),
        ),
      );
    } else {
      content.push(
        section("Message", h("p", {}, `No content: this ${detail.source} case is about the sender's standing.`)),
      );
    }
    content.push(
      section(
        "Reports",
        detail.reports.length
          ? table(
              "User reports",
              ["Reason", "Reported by", "When"],
              detail.reports.map((r) => h("tr", {}, h("td", {}, r.reason), h("td", {}, r.reported_by), h("td", {}, time(r.created_at)))),
            )
          : h("p", {}, "No reports."),
      ),
      senderSection(detail.sender_history),
    );
    setView(
      `Case ${detail.id}`,
      h("p", {}, h("a", { href: "#/queue" }, "Back to the queue")),
      definitions([
        ["Status", h("span", { id: "case-status" }, detail.status)],
        ["Outcome", show(detail.outcome)],
        ["Source", detail.source],
        ["Surface", show(detail.surface)],
        ["Severity / repeat / priority", `${detail.severity} / ${detail.repeat_score} / ${detail.priority}`],
        ["Reports", detail.report_count],
        ["Claimed by", show(detail.claimed_by)],
        ["Opened", time(detail.created_at)],
      ]),
      content.slice(0, 1),
      caseActions(detail),
      content.slice(1),
    );
  }

  // ---- appeals -----------------------------------------------------------------------------------------------

  let appealStatus = "open";

  function appealForm(appeal) {
    const noteId = `appeal-${appeal.id}-note`;
    const form = h(
      "form",
      {
        class: "appeal-form",
        "aria-label": `Decide appeal ${appeal.id}`,
        on: {
          submit: async (event) => {
            event.preventDefault();
            const outcome = new FormData(form).get("outcome");
            if (!outcome) return;
            form.querySelector("button[type=submit]").disabled = true;
            try {
              const decided = await api("POST", `/v1/appeals/${appeal.id}/decision`, {
                outcome,
                note: form.elements.note.value.trim() || null,
              });
              say(`Appeal ${decided.id} decided: ${decided.outcome}.`, "ok");
            } catch (err) {
              explain(err, `decide appeal ${appeal.id}`);
            }
            await renderAppeals();
          },
        },
      },
      outcomeFieldset("outcome", "Outcome", APPEAL_OUTCOMES, `appeal-${appeal.id}`),
      h("label", { for: noteId }, "Note (optional)"),
      h("textarea", { id: noteId, name: "note", rows: "2", maxlength: "4000" }),
      h("button", { type: "submit", class: "primary" }, `Decide appeal ${appeal.id}`),
    );
    return form;
  }

  async function renderAppeals() {
    const status = h(
      "select",
      { id: "a-status" },
      [
        ["open", "Open"],
        ["decided", "Decided"],
        ["", "All"],
      ].map(([value, label]) => h("option", { value, selected: value === appealStatus }, label)),
    );
    const filters = h(
      "form",
      {
        class: "filters",
        "aria-label": "Filter appeals",
        on: {
          submit: (event) => {
            event.preventDefault();
            appealStatus = status.value;
            renderAppeals();
          },
        },
      },
      h("label", { for: "a-status" }, "Status"),
      status,
      h("button", { type: "submit" }, "Apply filter"),
    );
    const loading = h("p", { role: "status" }, "Loading appeals…");
    const mine = ++ticket;
    setView("Appeals", filters, loading);
    let page;
    try {
      page = await api("GET", appealStatus ? `/v1/appeals?status=${encodeURIComponent(appealStatus)}` : "/v1/appeals");
    } catch (err) {
      if (mine !== ticket) return;
      loading.textContent = "The appeals could not be loaded.";
      explain(err, "load the appeals");
      return;
    }
    if (mine !== ticket) return;
    loading.textContent = page.items.length ? `${page.items.length} appeal(s).` : "No appeals.";
    for (const appeal of page.items) {
      const titleId = `appeal-${appeal.id}-title`;
      main.append(
        h(
          "article",
          { class: "appeal", "aria-labelledby": titleId, "data-appeal-id": appeal.id },
          h("h3", { id: titleId }, `Appeal ${appeal.id} on `, h("a", { href: `#/case/${appeal.case_id}` }, `case ${appeal.case_id}`)),
          definitions([
            ["Status", appeal.status],
            ["Filed by", appeal.filed_by],
            ["Filed", time(appeal.created_at)],
            ["Outcome", show(appeal.outcome)],
            ["Decided by", show(appeal.decided_by)],
            ["Note", show(appeal.note)],
          ]),
          h("h4", {}, "Statement"),
          h("blockquote", { class: "statement" }, appeal.statement),
          appeal.status === "open" ? appealForm(appeal) : null,
        ),
      );
    }
  }

  // ---- routing and the key -----------------------------------------------------------------------------------

  function route() {
    const path = location.hash.replace(/^#/, "") || "/queue";
    for (const link of document.querySelectorAll("[data-nav]")) {
      const current = path.startsWith(`/${link.dataset.nav}`) || (link.dataset.nav === "queue" && path.startsWith("/case/"));
      if (current) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    if (!sessionStorage.getItem(KEY_STORAGE)) {
      ticket += 1;
      setView("Sign in", h("p", {}, "Paste a reviewer or admin API key in the form above to start reviewing."));
      keyInput.focus();
      return;
    }
    const caseMatch = path.match(/^\/case\/(\d+)$/);
    if (caseMatch) renderCase(Number(caseMatch[1]));
    else if (path === "/appeals") renderAppeals();
    else renderQueue();
  }

  function showKeyState() {
    const key = sessionStorage.getItem(KEY_STORAGE);
    keyStatus.textContent = key ? `Using key …${key.slice(-4)}.` : "No key set.";
  }

  document.getElementById("key-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = keyInput.value.trim();
    if (!key) {
      keyStatus.textContent = "Paste a key first.";
      keyInput.focus();
      return;
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    keyInput.value = "";
    showKeyState();
    say(null);
    route();
  });

  document.getElementById("forget-key").addEventListener("click", () => {
    sessionStorage.removeItem(KEY_STORAGE);
    Object.assign(queue, { cursors: [null], index: 0 });
    showKeyState();
    say(null);
    route();
  });

  window.addEventListener("hashchange", () => {
    say(null);
    route();
  });
  showKeyState();
  route();
})();

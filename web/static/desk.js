// The web desk: tables of the same figures the chat gives, opened as a Telegram Mini App.
// No third-party script: initData comes from window.Telegram.WebApp when the client provides it,
// else from the URL fragment (tgWebAppData), as Telegram passes it. Every piece of data is put
// into the page as text (textContent), never as markup.
"use strict";

(function () {
  const STATE_MARK = { done: "✓", late: "!", open: "·", closed: "–", ended: "■" };
  // the reported status a cell adds to its state (the others are the state itself)
  const STATUS_MARK = { dang_thuc_hien: "Đ", dang_kiem_thu: "K", vuong_mac: "V" };
  const HANDIN_MARK = { sent: "✓", sent_late: "✓", waiting: "·", overdue: "!", excused: "–",
    ended: "■" };
  const state = { board: null, tab: null, unit: null, pending: {}, results: [] };
  let timers = [];
  // views other scripts add (tracking.js): id -> { label, render, admin }
  const views = {};

  // -- identity ----------------------------------------------------------------------------
  function initData() {
    const tg = window.Telegram && window.Telegram.WebApp;
    if (tg && tg.initData) return tg.initData;
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const data = fragment.get("tgWebAppData");
    if (data) {
      try { sessionStorage.setItem("tgWebAppData", data); } catch (e) { /* private mode */ }
      return data;
    }
    try { return sessionStorage.getItem("tgWebAppData") || ""; } catch (e) { return ""; }
  }
  const INIT_DATA = initData();

  // -- small DOM helpers -------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "style") Object.assign(node.style, value); // CSSOM: allowed by the CSP
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const $ = (id) => document.getElementById(id);
  // a view's parts, one of which may be left out (null): nothing is shown for it, not "null"
  function put(target, ...parts) {
    target.replaceChildren(...parts.flat().filter((n) => n !== null && n !== undefined
      && n !== false));
  }

  function notice(messages, kind) {
    const box = $("notice");
    box.replaceChildren();
    if (!messages || !messages.length) { box.hidden = true; return; }
    box.className = kind || "error";
    box.append(...messages.map((m) => el("p", { text: m })));
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
  }

  // -- the API -----------------------------------------------------------------------------
  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    opts.headers = Object.assign({ Authorization: "tma " + INIT_DATA }, opts.headers);
    if (opts.json !== undefined) {
      opts.body = JSON.stringify(opts.json);
      opts.headers["Content-Type"] = "application/json";
      delete opts.json;
    }
    let response;
    try {
      response = await fetch(path, opts);
    } catch (e) {
      throw { status: 0, messages: ["Không kết nối được máy chủ. Thử lại sau."] };
    }
    if (opts.raw && response.ok) return response;
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const messages = body && body.messages
        ? body.messages.map((m) => m.text)
        : ["Có lỗi (mã " + response.status + "). Thử lại sau."];
      throw { status: response.status, messages: messages };
    }
    return body;
  }

  function failed(error) {
    notice(error && error.messages ? error.messages : [String(error)]);
  }

  // -- loading -----------------------------------------------------------------------------
  async function load(keepNotice) {
    const view = $("view");
    view.setAttribute("aria-busy", "true");
    try {
      state.board = await api("api/desk");
    } catch (error) {
      view.replaceChildren(el("p", { class: "muted", text: "Không mở được bảng theo dõi." }));
      view.setAttribute("aria-busy", "false");
      failed(error);
      return;
    }
    if (!keepNotice) notice([]);
    const b = state.board;
    const who = b.user.admin ? "Quản trị viên" + (b.user.agency ? " · " + b.user.agency : "")
      : b.user.agency;
    $("title").textContent = "Bảng theo dõi — " + b.province;
    $("subtitle").textContent = who + " · số liệu đến " + b.today_text;
    tabs();
    show(state.tab || firstTab());
  }

  function tabList() {
    const b = state.board;
    const list = [];
    if (b.mine) list.push(["mine", "Việc của tôi"], ["myhandins", "Hồ sơ phải nộp"]);
    if (b.province_view) {
      list.push(["handins", "Nộp hồ sơ"], ["matrix", "Tiến độ"], ["chart", "Biểu đồ"]);
    }
    for (const [id, view] of Object.entries(views)) {
      if (!view.admin || b.user.admin) list.push([id, view.label]);
    }
    list.push(["files", "Tải về"]);
    return list;
  }
  function firstTab() { return tabList()[0][0]; }

  function tabs() {
    const nav = $("tabs");
    nav.replaceChildren(...tabList().map(([id, label]) => el("button", {
      type: "button", id: "tab-" + id, "aria-pressed": state.tab === id ? "true" : "false",
      text: label, onclick: () => { state.unit = null; show(id); },
    })));
  }

  function show(tab) {
    state.tab = tab;
    for (const t of $("tabs").children) {
      t.setAttribute("aria-pressed", t.id === "tab-" + tab && !state.unit ? "true" : "false");
    }
    timers.forEach(clearInterval);
    timers = [];
    const view = $("view");
    const render = { mine: mineView, myhandins: myHandinsView, handins: handinsView,
      matrix: matrixView, chart: chartView, files: filesView }[tab]
      || (views[tab] && views[tab].render);
    put(view, render());
    view.setAttribute("aria-busy", "false");
    view.dataset.view = tab;
  }

  // -- officer: my rows and tasks ----------------------------------------------------------
  function stateBadge(item) {
    return el("span", { class: "badge s-" + item.state, text: item.state_label });
  }

  function mineView() {
    const mine = state.board.mine;
    const filter = el("select", { id: "mine-filter", "aria-label": "Lọc theo tình trạng",
      onchange: () => paint() });
    [["", "Tất cả"], ["late", "Quá hạn"], ["open", "Chưa đến hạn"], ["done", "Hoàn thành"],
      ["closed", "Không đủ điều kiện"], ["ended", "Đã kết thúc theo dõi"]]
      .forEach(([v, t]) => filter.append(el("option",
      { value: v, text: t })));
    const list = el("ul", { class: "cards", id: "mine-list" });
    const bar = el("div", { class: "actionbar" },
      el("span", { id: "pending-count", class: "muted", text: "" }),
      el("button", { type: "button", id: "review", class: "primary", disabled: true,
        text: "Xem lại thay đổi", onclick: review }));
    function paint() {
      const wanted = filter.value;
      list.replaceChildren(...mine.items.filter((i) => !wanted || i.state === wanted)
        .map(itemCard));
      counter();
    }
    paint();
    return [
      el("section", { class: "summary" },
        el("h2", { text: "Tiến độ " + mine.agency }),
        el("p", { class: "tally", id: "mine-tally", text: mine.tally.text }),
        el("p", { class: "muted", text: "Mục chủ trì, phối hợp và nhiệm vụ, tính đến "
          + state.board.today_text + ". Chọn trạng thái mới cho một hay nhiều mục, xem lại"
          + " rồi ghi; ghi nhầm thì hoàn tác trong " + state.board.undo_minutes + " phút." })),
      results(),
      el("label", { class: "filter" }, "Hiện: ", filter),
      list, bar,
    ];
  }

  function itemCard(item) {
    const edit = state.pending[item.key] || {};
    const select = el("select", { "aria-label": "Trạng thái mới cho " + (item.shown || item.key),
      "data-key": item.key });
    select.append(el("option", { value: "", text: "— giữ nguyên —" }));
    for (const s of state.board.statuses) {
      select.append(el("option", { value: s.code, text: s.icon + " " + s.label,
        selected: !edit.kept && edit.status === s.code }));
    }
    const noteNeeded = (code) => {
      const s = state.board.statuses.find((x) => x.code === code);
      return s ? s.note : null;
    };
    const note = el("input", { type: "text", maxlength: 1000, "data-key": item.key,
      "aria-label": "Ghi chú cho " + (item.shown || item.key), placeholder: "Ghi chú",
      value: edit.note || "" });
    const noteLabel = el("label", { class: "note" }, el("span", { text: "Ghi chú" }), note);
    // a note alone is a change too (the status kept, a new note), as /capnhat appends it; only
    // where the status the row counts under is the one reported (a monthly task done for an
    // earlier month is not written "done" again by a note)
    const kept = item.reported || "chua_bat_dau";
    const noteAlone = kept === item.status;
    function caption(code) {
      const needed = noteNeeded(code || (noteAlone ? kept : ""));
      if (needed) return "Cần " + needed + ":";
      if (code) return "Ghi chú (nếu có):";
      return noteAlone ? "Ghi chú (giữ nguyên trạng thái):"
        : "Ghi chú (chọn trạng thái để ghi kèm):";
    }
    function sync() {
      const code = select.value;
      const text = note.value.trim();
      noteLabel.firstChild.textContent = caption(code);
      note.required = !!noteNeeded(code);
      if (code) state.pending[item.key] = { key: item.key, status: code, note: note.value,
        title: item.title, from: item.status_label };
      else if (text && noteAlone) state.pending[item.key] = { key: item.key, status: kept,
        note: note.value, title: item.title, from: item.status_label, kept: true };
      else delete state.pending[item.key];
      counter();
    }
    select.addEventListener("change", sync);
    note.addEventListener("input", sync);
    noteLabel.firstChild.textContent = caption(edit.kept ? "" : edit.status);
    const last = item.last ? el("p", { class: "muted small" },
      "Cập nhật " + item.last.at + " bởi " + item.last.by,
      item.behalf ? el("span", { class: "badge behalf", text: "ghi thay" }) : null,
      item.last.note ? " — “" + item.last.note + "”" : "") : null;
    const undo = !item.undo ? null : item.undo.redo ? redoButton(item)
      : undoButton(item.undo.id, item.key, item.undo.seconds);
    return el("li", { class: "card s-" + item.state, "data-key": item.key },
      el("h3", {}, el("span", { class: "key", text: item.shown || item.key }), " ", item.title),
      el("p", {}, stateBadge(item), " ",
        item.task ? el("span", { class: "badge", text: "nhiệm vụ" })
          : el("span", { class: "badge", text: item.role_label }),
        " ", el("span", { class: "status", text: item.status_label })),
      el("p", { class: "when", text: item.when }),
      last,
      el("div", { class: "edit" }, el("label", {}, el("span", { text: "Trạng thái mới" }),
        select), noteLabel, undo));
  }

  function counter() {
    const n = Object.keys(state.pending).length;
    const count = $("pending-count");
    const button = $("review");
    if (!count || !button) return;
    count.textContent = n ? n + " thay đổi chưa ghi" : "";
    button.disabled = !n;
    button.textContent = n ? "Xem lại " + n + " thay đổi" : "Xem lại thay đổi";
  }

  function review() {
    const edits = Object.values(state.pending);
    const missing = edits.filter((e) => {
      const s = state.board.statuses.find((x) => x.code === e.status);
      return s && s.note && !e.note.trim();
    });
    if (missing.length) {
      notice(missing.map((e) => e.key + ": trạng thái này cần "
        + state.board.statuses.find((x) => x.code === e.status).note + ".")
        .concat(["Chưa ghi gì."]));
      return;
    }
    notice([]);
    const label = (code) => state.board.statuses.find((x) => x.code === code).label;
    const dialog = el("section", { class: "confirm", id: "confirm", role: "dialog",
      "aria-modal": "true", "aria-labelledby": "confirm-title" },
      el("h2", { id: "confirm-title", text: "Ghi " + edits.length + " thay đổi?" }),
      el("ul", {}, edits.map((e) => el("li", {},
        el("b", { text: e.key }), " " + e.title + ": ",
        e.kept ? "giữ nguyên " + e.from + ", ghi chú mới “" + e.note + "”"
          : [e.from + " → ", el("b", { text: label(e.status) }),
            e.note ? " — “" + e.note + "”" : ""]))),
      el("div", { class: "buttons" },
        el("button", { type: "button", class: "primary", id: "confirm-write",
          text: "Ghi " + edits.length + " thay đổi", onclick: () => write(edits) }),
        el("button", { type: "button", id: "confirm-back", text: "Quay lại",
          onclick: () => show("mine") })));
    $("view").replaceChildren(dialog);
    $("confirm-write").focus();
  }

  async function write(edits) {
    const button = $("confirm-write");
    if (button) button.disabled = true;
    try {
      const body = await api("api/statuses", { method: "POST", json: {
        version: state.board.version,
        edits: edits.map((e) => ({ key: e.key, status: e.status, note: e.note })) } });
      state.pending = {};
      state.results = body.written.map((w) => ({ written: w, at: Date.now() }));
      await load(false);
      show("mine");
    } catch (error) {
      show("mine");
      failed(error);
    }
  }

  function results() {
    if (!state.results.length) return null;
    return el("section", { class: "results", id: "results", "aria-label": "Vừa ghi" },
      el("h2", { text: "Vừa ghi" }),
      el("ul", {}, state.results.map(({ written, at }) => {
        const c = written.change;
        if (!c) return el("li", {}, el("b", { text: written.key }),
          " đã ở trạng thái " + written.label + "; không có gì được ghi thêm.");
        const left = c.undo_seconds - Math.floor((Date.now() - at) / 1000);
        return el("li", {}, "✅ ", el("b", { text: c.key }), " (" + c.agency + "): "
          + c.old + " → ", el("b", { text: c.new }), c.note ? " — “" + c.note + "”" : "",
          " ", left > 0 ? undoButton(c.id, c.key, left) : null);
      })));
  }

  // "Hoàn tác (9:41)": a button that counts down the seconds it stays valid, then turns off;
  // `label`: what it does when that is not an undo ("Ghi lại Hoàn thành")
  function timedUndo(attrs, seconds, onclick, label) {
    const end = Date.now() + seconds * 1000;
    const button = el("button", Object.assign({ type: "button", class: "undo", onclick }, attrs));
    const tick = () => {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      button.textContent = (label || "Hoàn tác") + " (" + Math.floor(left / 60) + ":"
        + String(left % 60).padStart(2, "0") + ")";
      if (!left) { button.disabled = true; button.textContent = "Hết hạn hoàn tác"; }
    };
    tick();
    timers.push(setInterval(tick, 1000));
    return button;
  }

  function undoButton(id, key, seconds) {
    return timedUndo({ "data-change": id, "aria-label": "Hoàn tác thay đổi " + key }, seconds,
      () => undo(id));
  }

  // Under an undo, the same button writes the undone status back: the chat names it "Ghi lại
  // <trạng thái>"; here too, and it asks first, like every other write of the page.
  function redoButton(item) {
    const redo = item.undo.redo;
    return timedUndo({ "data-change": item.undo.id, "data-redo": item.key,
      "aria-label": "Ghi lại " + redo.to + " cho " + item.key }, item.undo.seconds,
    () => redoReview(item), "Ghi lại " + redo.to);
  }

  function redoReview(item) {
    const redo = item.undo.redo;
    notice([]);
    const dialog = el("section", { class: "confirm", id: "confirm", role: "dialog",
      "aria-modal": "true", "aria-labelledby": "confirm-title" },
      el("h2", { id: "confirm-title", text: "Ghi lại “" + redo.to + "”?" }),
      el("p", {}, el("b", { text: item.shown || item.key }), " " + item.title + " ("
        + item.agency + "): "
        + redo.from + " → ", el("b", { text: redo.to }),
        ". Bạn vừa hoàn tác trạng thái này; ghi lại thì nó có hiệu lực trở lại."),
      el("div", { class: "buttons" },
        el("button", { type: "button", class: "primary", id: "confirm-write",
          text: "Ghi lại " + redo.to, onclick: () => undo(item.undo.id, true) }),
        el("button", { type: "button", id: "confirm-back", text: "Quay lại",
          onclick: () => show(state.tab) })));
    $("view").replaceChildren(dialog);
    $("confirm-write").focus();
  }

  async function undo(id, again) {
    try {
      const body = await api("api/undo", { method: "POST", json: { change: id } });
      const r = body.restored;
      state.results = state.results.filter((x) => !x.written.change
        || x.written.change.id !== id);
      await load(true);
      notice([(again ? "✅ Đã ghi lại: " : "↩️ Đã hoàn tác: ") + r.key + " (" + r.agency
        + "): " + r.old + " → " + r.new + (r.note ? " — “" + r.note + "”" : "")], "ok");
    } catch (error) {
      failed(error);
    }
  }

  // a moved deadline with the date it replaced, as /nopbai tinh heads it: "30/6 (trước: 20/6)"
  function dueText(t) {
    return t.due_text + (t.due_before_text ? " (" + t.due_before_text + ")" : "");
  }

  // -- officer: my documents ---------------------------------------------------------------
  function handinLines(tasks, heading) {
    if (!tasks.length) return [el("p", { class: "muted", text: "Không phải nộp biểu mẫu nào." })];
    return tasks.map((t) => el("section", { class: "task" },
      el(heading || "h3", {}, "📌 ", el("span", { class: "key", text: t.shown || t.id }),
        " " + t.label),
      el("p", { class: "muted", text: t.due_text ? "Hạn " + dueText(t) : "Chưa có hạn" }),
      el("ul", { class: "plain" }, t.units.map((u) => el("li", { class: "h-" + u.state },
        u.icon + " ", u.text, u.behalf ? el("span", { class: "badge behalf",
          text: "ghi thay" }) : null)))));
  }

  function myHandinsView() {
    const mine = state.board.mine;
    return [el("h2", { text: "Hồ sơ phải nộp — " + mine.agency }), ...handinLines(mine.handins)];
  }

  // -- coordinator: units × deliverables ---------------------------------------------------
  function unitButton(name) {
    return el("button", { type: "button", class: "link", text: name,
      "aria-label": "Trang của " + name, onclick: () => openUnit(name) });
  }

  function handinsView() {
    const tasks = state.board.province_view.handins;
    if (!tasks.length) return [el("p", { text: "Tỉnh chưa có nhiệm vụ nào phải nộp theo biểu mẫu." })];
    const units = [];
    for (const t of tasks) for (const u of t.units) if (!units.includes(u.unit)) units.push(u.unit);
    units.sort((a, b) => a.localeCompare(b, "vi"));
    const table = el("table", { class: "matrix handins", id: "handins-table" },
      el("caption", { text: "Đơn vị × hồ sơ phải nộp (tính đến " + state.board.today_text + ")" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Đơn vị" }),
        tasks.map((t) => el("th", { scope: "col", title: t.label },
          t.form || t.shown || t.id, el("br"),
          el("small", { class: "due", text: t.due_text ? "hạn " + dueText(t) : "" }))))),
      el("tbody", {}, units.map((name) => el("tr", { "data-unit": name },
        el("th", { scope: "row" }, unitButton(name), owedLine(tasks, name)),
        tasks.map((t) => {
          const u = t.units.find((x) => x.unit === name);
          if (!u) return el("td", { class: "none", "aria-label": name + " — " + (t.shown || t.id)
            + ": không phải nộp" }, "");
          return el("td", { class: "h-" + u.state, "data-state": u.state, "data-task": t.id,
            "aria-label": name + " — " + (t.form || t.shown || t.id)
              + (t.due_text ? " hạn " + t.due_text : "") + ": " + u.text },
          el("span", { class: "mark", text: HANDIN_MARK[u.state] || "" }), " " + u.text,
          u.behalf ? el("span", { class: "badge behalf", text: "ghi thay" }) : null);
        })))));
    const counts = el("ul", { class: "plain counts" }, tasks.map((t) => el("li",
      { "data-task": t.id }, "📌 ", el("b", { text: t.shown || t.id }), " " + t.label + " — ",
      el("span", { class: "count", text: t.counts }))));
    const holder = el("div", { class: "scroll", id: "handins-holder" }, table);
    // on a phone the table is wider than the screen: say so, and how many columns it has,
    // while columns are out of sight (the districts' only cells are the last ones)
    const cue = el("p", { class: "scroll-cue", id: "handins-cue", hidden: true });
    const measure = () => {
      const more = holder.scrollWidth - holder.clientWidth - holder.scrollLeft > 4;
      cue.hidden = !more;
      cue.textContent = more ? "Bảng có " + tasks.length + " cột hồ sơ, rộng hơn màn hình:"
        + " vuốt sang trái để xem các cột bên phải →" : "";
    };
    holder.addEventListener("scroll", measure, { passive: true });
    window.addEventListener("resize", measure);
    setTimeout(measure, 0);
    return [el("h2", { text: "Tình hình nộp hồ sơ" }), counts, cue, holder, nudgePanel()];
  }

  // Under a unit's name (the column that stays in sight): what it still owes, so a unit whose
  // only open cells are off-screen does not look as though it owed nothing.
  function owedLine(tasks, name) {
    let late = 0, waiting = 0;
    for (const t of tasks) {
      const u = t.units.find((x) => x.unit === name);
      if (u && u.state === "overdue") late += 1;
      if (u && u.state === "waiting") waiting += 1;
    }
    const parts = [];
    if (late) parts.push(late + " quá hạn");
    if (waiting) parts.push(waiting + " chưa đến hạn");
    return el("small", { class: "owed" + (late ? " late" : ""),
      text: parts.length ? "chưa nộp: " + parts.join(", ") : "không còn nợ hồ sơ" });
  }

  function nudgePanel() {
    const box = el("section", { class: "nudge", id: "nudge" });
    const start = el("button", { type: "button", id: "nudge-preview",
      text: "🔔 Nhắc các đơn vị chưa nộp", onclick: preview });
    box.append(start);
    async function preview() {
      try {
        const plan = await api("api/nudge");
        put(box, el("p", { id: "nudge-text", text: plan.text }),
          plan.can_send ? el("button", { type: "button", class: "primary", id: "nudge-send",
            text: "Gửi nhắc", onclick: send }) : null,
          el("button", { type: "button", id: "nudge-close", text: "Đóng",
            onclick: () => box.replaceChildren(start) }));
      } catch (error) { failed(error); }
    }
    async function send() {
      try {
        const done = await api("api/nudge", { method: "POST" });
        box.replaceChildren(el("p", { id: "nudge-text", text: done.text }), start);
      } catch (error) { failed(error); }
    }
    return box;
  }

  // -- coordinator: units × rows -----------------------------------------------------------
  function matrixView() {
    const pv = state.board.province_view;
    const items = pv.items;
    const agencies = pv.agencies.map((a) => a.agency);
    const keys = [];
    const titles = {};
    for (const i of items) if (!(i.key in titles)) { keys.push(i.key); titles[i.key] = i.title; }
    // a row by its whole key ("406-22", "406-11/Y tế"), as the chat prints it and an officer
    // types it back; a long sector cut at a word. A task by its title, with its date where
    // several columns share that title (a monthly report's occurrences).
    const first = {};
    for (const i of items) if (!(i.key in first)) first[i.key] = i;
    const sameTitle = (k) => keys.filter((x) => first[x].task && titles[x] === titles[k]).length;
    const cut = (text, n) => {
      if (text.length <= n) return text;
      const head = text.slice(0, n - 1);
      const space = head.lastIndexOf(" ");
      // not ending on a comma or a "và" that leads nowhere
      const kept = space > n / 2 ? head.slice(0, space) : head;
      return kept.replace(/(?:[ ,]+|\s+và)+$/, "") + "…";
    };
    const short = (k) => {
      const i = first[k];
      if (!i.task) return cut(k, 24);
      // an occurrence: its form or title and the month of its short key ("Mẫu số 02 T10/2021")
      const period = i.shown && i.shown !== k ? i.shown.slice(i.shown.lastIndexOf(" ") + 1) : "";
      if (period) {
        const name = i.title.slice(0, Math.max(0, i.title.lastIndexOf(" — ")) || undefined);
        return cut(name, 17 - period.length) + " " + period;
      }
      const when = sameTitle(k) > 1 && i.due ? " " + Number(i.due.slice(8)) + "/"
        + Number(i.due.slice(5, 7)) : "";
      return cut(i.title, 18 - when.length) + when;
    };
    // every month one of an item's dates falls in, as "tháng 9" and the reminders count them
    const months = [...new Set(items.flatMap((i) => i.months || []))].sort();
    const select = (id, label, options) => {
      const s = el("select", { id: id, "aria-label": label, onchange: () => paint() });
      s.append(el("option", { value: "", text: "Tất cả" }));
      options.forEach(([v, t]) => s.append(el("option", { value: v, text: t })));
      return el("label", { class: "filter" }, el("span", { text: label }), s);
    };
    const filters = el("div", { class: "filters" },
      select("f-agency", "Đơn vị", agencies.map((a) => [a, a])),
      select("f-state", "Tình trạng", [["late", "Quá hạn"], ["open", "Chưa đến hạn"],
        ["done", "Hoàn thành"], ["closed", "Không đủ điều kiện"],
        ["ended", "Đã kết thúc theo dõi"]]),
      select("f-status", "Trạng thái báo cáo", state.board.statuses.map((x) => [x.code,
        (STATUS_MARK[x.code] ? STATUS_MARK[x.code] + " " : "") + x.label])),
      select("f-month", "Hạn tháng", months.map((m) => [m, Number(m.slice(5)) + "/"
        + m.slice(0, 4)])),
      // an occurrence by its short key, as the chat and the column heads show it (ux21 #12)
      select("f-item", "Mục", keys.map((k) => [k, (first[k].shown || k) + " · " + titles[k]])));
    const holder = el("div", { class: "scroll", id: "matrix-holder" });
    const index = {};
    for (const i of items) index[i.agency + "\u0000" + i.key] = i;
    function paint() {
      const f = (id) => $(id) ? $(id).value : "";
      const fa = f("f-agency"), fs = f("f-state"), fm = f("f-month"), fi = f("f-item");
      const fr = f("f-status");
      const keep = (i) => (!fs || i.state === fs) && (!fm || (i.months || []).includes(fm))
        && (!fi || i.key === fi) && (!fa || i.agency === fa) && (!fr || i.status === fr);
      const shown = items.filter(keep);
      const cols = keys.filter((k) => shown.some((i) => i.key === k));
      const rows = pv.agencies.filter((a) => shown.some((i) => i.agency === a.agency));
      const table = el("table", { class: "matrix rows", id: "matrix" },
        el("caption", { text: "Đơn vị × mục: " + shown.length + " ô (mục chủ trì và nhiệm vụ của"
          + " từng cơ quan, mục phối hợp đếm riêng, như /tiendo tinh)" }),
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Đơn vị — tiến độ" }),
          cols.map((k) => el("th", { scope: "col", title: (first[k].shown || k) + " " + titles[k],
            "aria-label": (first[k].shown || k) + " " + titles[k] },
          el("span", { class: "vkey", text: short(k) }))))),
        el("tbody", {}, rows.map((a) => el("tr", { "data-unit": a.agency },
          el("th", { scope: "row" }, unitButton(a.agency),
            el("small", { class: "tally", text: a.tally.text })),
          cols.map((k) => {
            const i = index[a.agency + "\u0000" + k];
            if (!i || !keep(i)) return el("td", { class: "none" }, "");
            const label = a.agency + " — " + (i.shown || k)
              + (i.role === "coordinate" ? " [phối hợp]" : "")
              + ": " + i.state_label + ", " + i.status_label
              + ", " + i.when + (i.behalf ? " (ghi thay)" : "");
            // the reported status beside the state: a blocked row is the coordinator's to act on
            const mark = STATUS_MARK[i.status] || "";
            return el("td", { class: "cell s-" + i.state + (mark ? " st-" + i.status : ""),
              "data-key": k, "data-state": i.state, "data-status": i.status,
              title: label, "aria-label": label }, STATE_MARK[i.state] + mark);
          })))));
      holder.replaceChildren(table);
    }
    const legend = el("p", { class: "legend", id: "matrix-legend" },
      ["done", "late", "open", "closed", "ended"].filter((s) => s !== "ended"
        || items.some((i) => i.state === "ended")).map((s) => el("span", { class: "cell s-" + s },
        STATE_MARK[s] + " " + { done: "Hoàn thành", late: "Quá hạn", open: "Chưa đến hạn",
          closed: "Không đủ điều kiện", ended: "Đã kết thúc theo dõi" }[s])),
      state.board.statuses.filter((x) => STATUS_MARK[x.code]).map((x) => el("span",
        { class: "cell st-" + x.code }, STATUS_MARK[x.code] + " " + x.label)));
    const total = el("p", { class: "tally", id: "province-tally" },
      el("b", { text: "Toàn tỉnh: " + pv.tally.text }));
    // the coordinating rows, counted apart, in /tiendo tinh's words
    const apartLine = pv.apart.total ? [el("p", { class: "tally", id: "province-apart",
      text: "Mục phối hợp (đếm riêng): " + pv.apart.text })] : [];
    const nodes = [el("h2", { text: "Tiến độ theo đơn vị và mục" }), total, ...apartLine,
      filters, legend, holder];
    setTimeout(paint, 0);
    holder.append(el("p", { class: "muted", text: "Đang vẽ bảng…" }));
    return nodes;
  }

  // -- a unit's page -----------------------------------------------------------------------
  // The coordinator writes a status for this unit ("ghi thay": a report received by e-mail or
  // by phone), as `/capnhat <mã> <đơn vị> <trạng thái>` does in the chat: the unit is named,
  // so a row several units own is written for this one, never for a unit picked by the desk.
  function behalfForm(item, unit) {
    const select = el("select", { "data-behalf": item.key,
      "aria-label": "Ghi thay " + unit + ": trạng thái mới cho " + item.key });
    select.append(el("option", { value: "", text: "— ghi thay: trạng thái mới —" }));
    for (const s of state.board.statuses) {
      select.append(el("option", { value: s.code, text: s.icon + " " + s.label }));
    }
    const note = el("input", { type: "text", maxlength: 1000, placeholder: "Ghi chú",
      "data-behalf-note": item.key, "aria-label": "Ghi chú ghi thay cho " + item.key });
    const button = el("button", { type: "button", class: "primary", disabled: true,
      "data-behalf-write": item.key, text: "Ghi thay " + unit });
    select.addEventListener("change", () => { button.disabled = !select.value; });
    button.addEventListener("click", () => {
      const s = state.board.statuses.find((x) => x.code === select.value);
      if (!s) return;
      if (s.note && !note.value.trim()) {
        notice([item.key + ": trạng thái này cần " + s.note + ".", "Chưa ghi gì."]);
        return;
      }
      behalfReview(item, unit, s, note.value);
    });
    return el("div", { class: "edit" }, select, note, button);
  }

  // What a "ghi thay" will write, before it is written (as an officer's batch is reviewed): the
  // unit, the item and old → new; one mis-tap among a unit's cards must not record a dossier.
  function behalfReview(item, unit, s, note) {
    notice([]);
    const dialog = el("section", { class: "confirm", id: "confirm", role: "dialog",
      "aria-modal": "true", "aria-labelledby": "confirm-title" },
      el("h2", { id: "confirm-title", text: "Ghi thay " + unit + " 1 thay đổi?" }),
      el("ul", {}, el("li", {}, el("b", { text: item.key }), " " + item.title + " — " + unit
        + ": " + item.status_label + " → ", el("b", { text: s.label }),
        note.trim() ? " — “" + note.trim() + "”" : "")),
      el("p", { class: "muted", text: "Ghi là “ghi thay” (do bạn ghi cho đơn vị), hoàn tác được"
        + " trong " + state.board.undo_minutes + " phút." }),
      el("div", { class: "buttons" },
        el("button", { type: "button", class: "primary", id: "confirm-write",
          text: "Ghi thay " + unit, onclick: write }),
        el("button", { type: "button", id: "confirm-back", text: "Quay lại",
          onclick: () => openUnit(unit) })));
    $("view").replaceChildren(dialog);
    window.scrollTo(0, 0);
    $("confirm-write").focus();
    async function write() {
      $("confirm-write").disabled = true;
      try {
        const body = await api("api/statuses", { method: "POST", json: {
          version: state.board.version,
          edits: [{ key: item.key, unit: unit, status: s.code, note: note }] } });
        await load(true);
        await openUnit(unit, body.written);
      } catch (error) {
        await openUnit(unit);
        failed(error);
      }
    }
  }

  function behalfResults(written) {
    if (!written || !written.length) return null;
    return el("section", { class: "results", id: "results", "aria-label": "Vừa ghi thay" },
      el("ul", {}, written.map((w) => {
        const c = w.change;
        if (!c) return el("li", {}, el("b", { text: w.key }),
          " đã ở trạng thái " + w.label + "; không có gì được ghi thêm.");
        return el("li", {}, "✅ ", el("b", { text: c.key }), " (" + c.agency + "): " + c.old
          + " → ", el("b", { text: c.new }), c.note ? " — “" + c.note + "”" : "",
          " — ghi thay ", undoButton(c.id, c.key, c.undo_seconds));
      })));
  }

  async function openUnit(name, written) {
    try {
      const page = await api("api/unit?name=" + encodeURIComponent(name));
      const admin = state.board.user.admin;
      state.unit = name;
      for (const t of $("tabs").children) t.setAttribute("aria-pressed", "false");
      timers.forEach(clearInterval);
      timers = [];
      const back = state.tab;
      $("view").dataset.view = "unit";
      put($("view"),
        el("button", { type: "button", class: "link", id: "unit-back", text: "← Quay lại",
          onclick: () => { state.unit = null; show(back); } }),
        el("h2", { id: "unit-title", text: page.unit }),
        el("p", { class: "tally", id: "unit-tally", text: page.tally.text }),
        behalfResults(written),
        el("h3", { text: "Hồ sơ phải nộp" }), ...handinLines(page.handins, "h4"),
        el("h3", { text: "Mục và nhiệm vụ" }),
        el("ul", { class: "cards compact" }, page.items.map((i) => el("li",
          { class: "card s-" + i.state },
          el("p", {}, el("span", { class: "key", text: i.key }), " " + i.title),
          el("p", {}, stateBadge(i), " ", i.status_label, " · " + i.when),
          admin ? behalfForm(i, page.unit) : null))),
        el("h3", { text: "Lịch sử cập nhật" }),
        page.history.length ? el("div", { class: "scroll" }, el("table", { class: "history" },
          el("thead", {}, el("tr", {}, ["Lúc", "Mục", "Thay đổi", "Người ghi", "Ghi chú"]
            .map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, page.history.map((c) => el("tr", {},
            el("td", { text: c.at }), el("td", { text: c.key }),
            el("td", { text: c.old + " → " + c.new }),
            el("td", {}, c.by, c.behalf ? el("span", { class: "badge behalf",
              text: "ghi thay" }) : null),
            el("td", { text: c.note })))))) : el("p", { class: "muted",
          text: "Chưa có cập nhật nào." }));
      window.scrollTo(0, 0);
    } catch (error) { failed(error); }
  }

  // -- charts ------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children.flat()) if (c) node.append(c instanceof Node ? c
      : document.createTextNode(String(c)));
    return node;
  }

  function chartView() {
    const chart = state.board.province_view.chart;
    const codes = Object.keys(chart.labels);
    const bars = el("div", { class: "bars", role: "img",
      "aria-label": "Số mục theo trạng thái của từng đơn vị" },
    chart.bars.map((b) => {
      // the rows it coordinates, counted apart, as /tiendo tinh's "phối hợp …" (a district
      // unit that only coordinates has only that bar)
      const segs = (counts, label) => {
        const total = codes.reduce((n, c) => n + (counts[c] || 0), 0) || 1;
        return codes.filter((c) => counts[c]).map((c) => el("span", {
          class: "seg", title: label + chart.labels[c] + ": " + counts[c],
          style: { width: (100 * counts[c] / total) + "%", background: chart.colors[c] } }));
      };
      const apartTotal = codes.reduce((n, c) => n + (b.apart[c] || 0), 0);
      const late = [b.late ? "❗" + b.late : "",
        b.late_apart ? "phối hợp ❗" + b.late_apart : ""].filter(Boolean).join("; ");
      return el("div", { class: "bar-row" },
        el("span", { class: "bar-name", text: b.agency }),
        el("span", { class: "bars-of" },
          codes.some((c) => b.counts[c]) ? el("span", { class: "bar" }, segs(b.counts, "")) : null,
          apartTotal ? el("span", { class: "bar apart", title: "Mục phối hợp (đếm riêng)" },
            segs(b.apart, "phối hợp — ")) : null),
        el("span", { class: "bar-late", text: late }));
    }));
    const totals = el("p", { class: "tally", id: "chart-total",
      text: "Toàn tỉnh: " + chart.total.text + (chart.apart.total
        ? " — Mục phối hợp (đếm riêng): " + chart.apart.text : "") });
    const legend = el("p", { class: "legend" }, codes.map((c) => el("span", {},
      el("i", { class: "swatch", style: { background: chart.colors[c] } }), chart.labels[c])));
    const trendBox = el("figure", { id: "trend" }, el("p", { class: "muted",
      text: "Đang tải diễn biến…" }));
    loadTrend(trendBox);
    return [el("h2", { text: "Diễn biến tiến độ toàn tỉnh" }), trendBox,
      el("h2", { text: "Mục theo trạng thái" }), totals, legend, bars];
  }

  async function loadTrend(box) {
    try {
      const data = await api("api/trend");
      const pts = data.points;
      const W = 340, H = 180, L = 32, B = 28, T = 10;
      const max = Math.max(1, ...pts.map((p) => Math.max(p.total, p.apart ? p.apart.total : 0)));
      const x = (i) => L + (pts.length > 1 ? i * (W - L - 8) / (pts.length - 1) : 0);
      const y = (v) => T + (H - T - B) * (1 - v / max);
      const line = (field, color, of) => svg("polyline", { fill: "none", stroke: color,
        "stroke-width": 2.5, "stroke-dasharray": of ? "5 4" : "none",
        points: pts.map((p, i) => x(i) + "," + y((of ? of(p) : p)[field])).join(" ") });
      // the coordinating rows' late ones, counted apart as /quahan tinh does: dashed
      const apart = pts.some((p) => p.apart && p.apart.total);
      const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img",
        "aria-labelledby": "trend-title", class: "trend" },
      svg("title", { id: "trend-title" }, "Số mục hoàn thành và quá hạn theo ngày"),
      svg("line", { x1: L, y1: y(0), x2: W - 4, y2: y(0), stroke: "currentColor",
        "stroke-opacity": 0.4 }),
      svg("text", { x: 2, y: y(max) + 4, "font-size": 10 }, String(max)),
      svg("text", { x: 2, y: y(0), "font-size": 10 }, "0"),
      svg("text", { x: L, y: H - 8, "font-size": 10 }, pts[0].day_text),
      svg("text", { x: W - 4, y: H - 8, "font-size": 10, "text-anchor": "end" },
        pts[pts.length - 1].day_text),
      line("done", "#22c55e"), line("late", "#dc2626"), line("closed", "#6b7280"),
      apart ? line("late", "#dc2626", (p) => p.apart) : null);
      const last = pts[pts.length - 1];
      box.replaceChildren(chart, el("figcaption", {},
        el("span", { class: "key-done", text: "— Hoàn thành" }), " ",
        el("span", { class: "key-late", text: "— Quá hạn" }), " ",
        el("span", { class: "key-closed", text: "— Không đủ điều kiện" }),
        apart ? el("span", { class: "key-late", text: " - - Quá hạn (mục phối hợp, đếm riêng)" })
          : null,
        el("br"), "Hôm nay (" + last.day_text + "): " + last.text
          + (last.apart && last.apart.total
            ? "; mục phối hợp (đếm riêng): " + last.apart.text : "")));
    } catch (error) {
      box.replaceChildren(el("p", { class: "muted", text: "Không tải được diễn biến." }));
      failed(error);
    }
  }

  // -- downloads ---------------------------------------------------------------------------
  function filesView() {
    const b = state.board;
    const files = [];
    if (b.mine) files.push(["tiendo", "Tiến độ " + b.mine.agency + " (.xlsx)"]);
    if (b.province_view) {
      files.push(["tiendo-tinh", "Tiến độ toàn tỉnh (.xlsx)"],
        ["nopbai", "Tình hình nộp hồ sơ (.xlsx)"]);
      for (const f of b.province_view.forms) {
        files.push(["tonghop-" + f.code, "Tổng hợp " + f.name + " (.xlsx)"]);
      }
    }
    return [el("h2", { text: "Tải về" }), el("ul", { class: "plain files" },
      files.map(([kind, label]) => el("li", {}, el("button", { type: "button",
        "data-file": kind, text: "📥 " + label, onclick: () => fetchFile(kind) }))))];
  }

  async function fetchFile(kind) {
    try {
      const response = await api("api/file/" + kind, { raw: true });
      const blob = await response.blob();
      const header = response.headers.get("Content-Disposition") || "";
      const match = /filename\*=UTF-8''([^;]+)/.exec(header);
      const name = match ? decodeURIComponent(match[1]) : kind + ".xlsx";
      const link = el("a", { href: URL.createObjectURL(blob), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      notice(["Đã tải " + name + "."], "ok");
    } catch (error) { failed(error); }
  }

  // -- for the other scripts of the page (tracking.js) ------------------------------------
  window.DeskPage = { el, $, api, notice, failed, views, timedUndo, show,
    reload: (keepNotice) => load(keepNotice), board: () => state.board };

  // -- start -------------------------------------------------------------------------------
  // once every deferred script has run, so the views they add are there for the first load
  document.addEventListener("DOMContentLoaded", () => {
    const tg = window.Telegram && window.Telegram.WebApp;
    if (tg && tg.ready) tg.ready();
    if (!INIT_DATA) {
      $("view").replaceChildren(el("p", { text: "Hãy mở bảng theo dõi từ nút “Mở bảng theo"
        + " dõi” trong chat với bot." }));
      $("view").setAttribute("aria-busy", "false");
    } else {
      load(false);
    }
  });
})();

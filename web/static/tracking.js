// The coordinator's letters on the web desk ("Công văn"): every letter the tasks come from, each
// task with the day its tracking ended, and the end or reopening of a task or a whole letter, as
// /ketthuc, /molai and /congvan do in the chat. A press shows what would change (each task's
// tally so far) and writes nothing; the confirmation writes; the result keeps its "Hoàn tác" for
// 10 minutes. Every piece of data goes into the page as text (desk.js's el), never as markup.
"use strict";

(function () {
  const D = window.DeskPage;
  const { el, $, api, notice, failed } = D;
  let result = null; // the last end or reopening done here: { body, at }

  function view() {
    const box = el("section", { id: "tracking", "aria-busy": "true" },
      el("p", { class: "muted", text: "Đang tải công văn…" }));
    paint(box);
    return [el("h2", { text: "Công văn và nhiệm vụ đang theo dõi" }), resultPanel(), box]
      .filter(Boolean);
  }

  async function paint(box) {
    let data;
    try {
      data = await api("api/tracking");
    } catch (error) {
      box.replaceChildren(el("p", { class: "muted", text: "Không tải được danh sách công văn." }));
      box.setAttribute("aria-busy", "false");
      failed(error);
      return;
    }
    box.replaceChildren(...data.letters.map(letterCard),
      ...(data.extensions || []).map(extensionCard));
    if (!data.letters.length) {
      box.append(el("p", { class: "muted", text: "Chưa có công văn nào." }));
    }
    box.append(el("p", { class: "muted small", text: "Kết thúc theo dõi: không nhắc hạn nữa,"
      + " đơn vị chưa nộp không còn bị tính quá hạn; ai đã nộp, ai chưa nộp vẫn được giữ."
      + " Mở lại: theo dõi như trước." }));
    box.setAttribute("aria-busy", "false");
  }

  function action(label, target, reopen, ariaLabel) {
    return el("button", { type: "button", class: reopen ? "reopen" : "end", text: label,
      "data-target": target, "data-reopen": reopen ? "1" : "0", "aria-label": ariaLabel,
      onclick: () => ask(target, reopen) });
  }

  function letterCard(letter) {
    const several = letter.tasks.length > 1;
    const whole = several ? " cả công văn" : "";
    const buttons = [];
    if (letter.tasks.some((t) => !t.ended)) {
      buttons.push(action("⏹ Kết thúc theo dõi" + whole, letter.key, false,
        "Kết thúc theo dõi " + letter.title));
    }
    if (letter.tasks.some((t) => t.ended)) {
      buttons.push(action("▶️ Mở lại theo dõi" + whole, letter.key, true,
        "Mở lại theo dõi " + letter.title));
    }
    return el("article", { class: "card letter", "data-letter": letter.key },
      el("h3", { text: letter.title }),
      letter.seed ? el("p", { class: "muted small",
        text: "Công văn khởi tạo (nạp khi bot khởi động)" }) : null,
      el("ul", { class: "plain tasks" }, letter.tasks.map((t) => el("li",
        { "data-task": t.id, "data-ended": t.ended ? "1" : "0" },
        "📌 ", el("span", { class: "key", text: t.id }), " " + t.title + " — ",
        el("span", { class: "deadline", text: "hạn " + t.deadline }),
        t.ended ? [" ", el("span", { class: "badge s-ended",
          text: "⏹ đã kết thúc theo dõi " + t.ended })] : null,
        several ? [" ", action(t.ended ? "▶️ Mở lại" : "⏹ Kết thúc", t.id, !!t.ended,
          (t.ended ? "Mở lại theo dõi " : "Kết thúc theo dõi ") + t.id)] : null,
        movesList(t.moves || [])))),
      el("div", { class: "buttons" }, buttons));
  }

  // A task's deadline moves, oldest first: old → new, by /doihan or by which letter, when (as
  // /lichsu says them). Moving a deadline stays the chat's /doihan, with its confirmation.
  function movesList(moves) {
    if (!moves.length) return null;
    return el("ul", { class: "plain moves", "aria-label": "Lịch sử đổi hạn" },
      moves.map((m) => el("li", { "data-version": String(m.version),
        "data-in-force": m.in_force ? "1" : "0" },
        "🗓 " + m.when + " — " + m.how + ": " + m.change
        + (m.in_force ? "" : " (công văn đã thu hồi)"),
        m.undo ? [" ", D.timedUndo({ class: "undo move-undo",
          "aria-label": "Hoàn tác đổi hạn " + m.key }, m.undo.seconds,
        () => undo(m.undo.version))] : null)));
  }

  // A letter that moved a tracked task's deadline ("gia hạn"): no task of its own, the task it
  // moved named with the change.
  function extensionCard(x) {
    return el("article", { class: "card letter extension", "data-extension": String(x.letter) },
      el("h3", { text: x.title }),
      el("p", { class: "muted small", text: "Công văn gia hạn, công bố " + x.when
        + (x.in_force ? "" : " — đã thu hồi") }),
      el("ul", { class: "plain tasks" }, x.moved.map((m) => el("li", { "data-moves": m.task },
        "🗓 Gia hạn ", el("span", { class: "key", text: m.task }), " " + m.title + ": "
        + m.change))));
  }

  function itemLine(item) {
    return el("li", { "data-task": item.id }, "📌 ", el("b", { text: item.shown || item.id }),
      " " + item.title + " — " + item.deadline + " — ",
      el("span", { class: "count", text: item.counts }),
      item.ended ? " — ⏹ đã kết thúc theo dõi " + item.ended : "");
  }

  // What the press would do, and the confirmation; nothing is written before it.
  async function ask(target, reopen) {
    let plan;
    try {
      plan = await api("api/tracking/plan?target=" + encodeURIComponent(target)
        + "&reopen=" + (reopen ? "1" : "0"));
    } catch (error) {
      failed(error);
      return;
    }
    notice([]);
    const verb = plan.reopen ? "Mở lại" : "Kết thúc";
    const dialog = el("section", { class: "confirm", id: "tracking-confirm", role: "dialog",
      "aria-modal": "true", "aria-labelledby": "tracking-confirm-title" },
      el("h2", { id: "tracking-confirm-title", text: verb + " theo dõi " + plan.title + "?" }),
      el("ul", {}, plan.items.map(itemLine)),
      ...(plan.later || []).map((line) => el("p", { class: "warn", text: line })),
      el("p", { id: "tracking-effect", text: plan.effect }),
      el("div", { class: "buttons" },
        plan.pending.length ? el("button", { type: "button", class: "primary",
          id: "tracking-confirm-write",
          text: plan.reopen ? "▶️ Mở lại theo dõi" : "⏹ Kết thúc theo dõi",
          onclick: () => confirm(plan) }) : null,
        el("button", { type: "button", id: "tracking-back", text: "Quay lại",
          onclick: () => D.show("tracking") })));
    $("view").replaceChildren(dialog);
    const first = $("tracking-confirm-write") || $("tracking-back");
    first.focus();
  }

  async function confirm(plan) {
    const button = $("tracking-confirm-write");
    if (button) button.disabled = true;
    try {
      const body = await api("api/tracking", { method: "POST",
        json: { target: plan.target, reopen: plan.reopen } });
      result = { body: body, at: Date.now() };
      await D.reload(false); // every view's figures, and this tab again, with the result
    } catch (error) {
      D.show("tracking");
      failed(error);
    }
  }

  function resultPanel() {
    if (!result) return null;
    const b = result.body;
    const left = b.undo.seconds - Math.floor((Date.now() - result.at) / 1000);
    return el("section", { class: "results", id: "tracking-result", "aria-label": "Vừa thay đổi" },
      el("p", { text: b.text }), el("ul", {}, b.items.map(itemLine)),
      ...(b.told || []).map((line) => el("p", { text: line })),
      left > 0 ? D.timedUndo({ id: "tracking-undo", "aria-label": "Hoàn tác: " + b.text },
        left, () => undo()) : null);
  }

  // "Hoàn tác"; `pastOk`: the second press of an undo that puts a deadline back on a date
  // already passed, which the server asks first, as the chat does (usecases/move_undo.py).
  async function undo(version, pastOk) {
    try {
      const body = await api("api/tracking/undo", { method: "POST",
        json: { version: version || result.body.undo.version, past_ok: !!pastOk } });
      if (body.asked) {
        askPast(body);
        return;
      }
      result = null;
      await D.reload(true);
      notice([body.text, ...(body.told || [])], "ok");
    } catch (error) {
      failed(error);
    }
  }

  // The units that turn late at once, and the second press; nothing written before it.
  function askPast(asked) {
    notice([]);
    const dialog = el("section", { class: "confirm", id: "tracking-undo-past", role: "dialog",
      "aria-modal": "true", "aria-labelledby": "tracking-undo-past-title" },
      el("h2", { id: "tracking-undo-past-title", text: asked.title }),
      el("ul", { class: "plain" }, asked.lines.map((line) => el("li", { text: line }))),
      el("p", { text: asked.question }),
      el("div", { class: "buttons" },
        el("button", { type: "button", class: "primary", id: "tracking-undo-past-write",
          text: "⚠️ Vẫn hoàn tác", onclick: () => undo(asked.version, true) }),
        el("button", { type: "button", id: "tracking-back", text: "Quay lại",
          onclick: () => D.show("tracking") })));
    $("view").replaceChildren(dialog);
    $("tracking-undo-past-write").focus();
  }

  D.views.tracking = { label: "Công văn", render: view, admin: true };
})();

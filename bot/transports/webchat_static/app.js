"use strict";
// The web chat page: pick a group and a person, talk, quote by clicking, upload photos.
const $ = (id) => document.getElementById(id);
let state = { groups: [], people: [] };
let lastId = 0;
let quote = null;
let socket = null;
const lines = new Map();
let following = true;
// The list follows the newest line unless the person scrolled up to read (then it stays put; the
// position is read again when a line arrives, as the scroll event may not have fired yet).
const NEAR_BOTTOM = 48;

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function highlight(text) {
  return escapeHtml(text).replace(/@[^\s@\u2005，,。：:]+/g, (m) => `<span class="mention">${m}</span>`);
}

function group() { return $("group").value; }
function person() { return $("person").value; }

function roleText(p) {
  const names = { inspector: "巡查员", coordinator: "协调员", admin: "管理员", member: "成员" };
  const roles = [...(p.roles[group()] || []), ...(p.roles["*"] || [])];
  return roles.map((r) => names[r] || r).join("、");
}

function fillPeople() {
  const chosen = person();
  $("person").innerHTML = state.people
    .map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)}${roleText(p) ? "（" + escapeHtml(roleText(p)) + "）" : ""}</option>`)
    .join("");
  if (chosen) $("person").value = chosen;
}

async function loadState() {
  state = await (await fetch("/api/state")).json();
  const chosen = group() || localStorage.getItem("xiuhua-group");
  $("group").innerHTML = state.groups.map((g) => `<option value="${escapeHtml(g.id)}">${escapeHtml(g.name)}</option>`).join("");
  if (chosen && state.groups.some((g) => g.id === chosen)) $("group").value = chosen;
  fillPeople();
  const me = localStorage.getItem("xiuhua-person");
  if (me && state.people.some((p) => p.id === me)) $("person").value = me;
}

function render(line) {
  if (line.group !== group() || lines.has(line.message_id)) return;
  lines.set(line.message_id, line);
  lastId = Math.max(lastId, line.id);
  const item = document.createElement("li");
  item.dataset.id = line.message_id;
  item.className = line.bot ? "bot" : line.from === person() ? "mine" : "";
  let quoted = "";
  if (line.quote && lines.has(line.quote)) {
    const q = lines.get(line.quote);
    quoted = `<div class="quoted">${escapeHtml(q.name)}：${escapeHtml((q.text || "").slice(0, 40))}</div>`;
  }
  let body = line.photo ? `<a href="${line.photo}" target="_blank"><img src="${line.photo}?thumb=1" alt="照片"></a>` : highlight(line.text);
  if (line.file) {
    const image = /\.png$/i.test(line.file_name || "");
    body += image ? `<a href="${line.file}" target="_blank"><img src="${line.file}" alt="${escapeHtml(line.file_name)}"></a>` : "";
    body += `<a class="file" href="${line.file}" download>📎 ${escapeHtml(line.file_name)}</a>`;
  }
  item.innerHTML = `<span class="name">${escapeHtml(line.name)} · ${line.at.slice(11, 16)}</span>${quoted}<div class="bubble">${body}</div>`;
  item.addEventListener("click", () => setQuote(line));
  item.querySelectorAll("img").forEach((img) => img.addEventListener("load", follow));
  item.dataset.line = line.id;
  if ($("messages").clientHeight) following = nearBottom();
  $("messages").insertBefore(item, laterItem(line.id));
  follow();
}

// A live line can arrive while the history is still loading: each line goes in its place by id.
function laterItem(id) {
  const items = $("messages").children;
  if (!items.length || Number(items[items.length - 1].dataset.line) < id) return null;
  return [...items].find((li) => Number(li.dataset.line) > id) || null;
}

function nearBottom() {
  const list = $("messages");
  return list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_BOTTOM;
}

function follow() {
  if (following) $("messages").scrollTop = $("messages").scrollHeight;
}

function showTickets(shown) {
  document.body.classList.toggle("show-tickets", shown);
  $("tickets-toggle").setAttribute("aria-expanded", String(shown));
  if (!shown) follow();
}

function setQuote(line) {
  quote = line;
  document.querySelectorAll("#messages li.quoting").forEach((li) => li.classList.remove("quoting"));
  if (!line) { $("quote-bar").hidden = true; return; }
  document.querySelector(`#messages li[data-id="${CSS.escape(line.message_id)}"]`)?.classList.add("quoting");
  $("quote-text").textContent = `${line.name}：${(line.text || "[图片]").slice(0, 30)}`;
  $("quote-bar").hidden = false;
}

async function loadHistory() {
  lines.clear();
  lastId = 0;
  following = true;
  $("messages").innerHTML = "";
  const rows = await (await fetch(`/api/messages?group=${encodeURIComponent(group())}`)).json();
  rows.forEach(render);
}

function photoRow(label, photos) {
  if (!photos.length) return "";
  const shots = photos.map((p) => `<a href="${p}" target="_blank"><img src="${p}?thumb=1" alt="${label}"></a>`).join("");
  return `<div class="photos"><span class="label">${label}</span>${shots}</div>`;
}

async function loadTickets() {
  const rows = await (await fetch(`/api/tickets?group=${encodeURIComponent(group())}`)).json();
  $("tickets").innerHTML = rows.length ? rows.map((t) => `
    <li data-number="${t.number}" data-status="${t.status}">
      <b>#${t.number}</b> ${escapeHtml(t.category)} <span class="badge ${t.status}">${escapeHtml(t.status_text)}</span><br>
      ${escapeHtml(t.place)}<br>
      期限：<span class="${t.overdue ? "late" : ""}">${escapeHtml(t.deadline)}${t.overdue ? "（逾期）" : ""}</span>
      ${t.responsible.length ? "｜" + escapeHtml(t.responsible.join("、")) : ""}
      ${photoRow("整改前", t.problem_photos)}${photoRow("整改后", t.photos)}
      ${t.flags.map((f) => `<div class="flag">⚠ ${escapeHtml(f)}</div>`).join("")}
    </li>`).join("") : "<li>暂无工单</li>";
}

function mentionsIn(text) {
  const found = [];
  for (const m of text.matchAll(/@([^\s@\u2005，,。：:]+)/g)) {
    const p = state.people.find((x) => x.name === m[1]);
    if (p) found.push(p.id);
  }
  return found;
}

async function sendText(event) {
  event.preventDefault();
  const text = $("text").value.trim();
  if (!text) return;
  const body = { group: group(), from: person(), text, quote: quote ? quote.message_id : null,
                 mentions: mentionsIn(text), mentions_bot: text.includes("@" + state.bot) };
  $("text").value = "";
  setQuote(null);
  following = true;
  follow();
  await fetch("/api/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

async function sendPhoto() {
  const file = $("photo").files[0];
  if (!file) return;
  const form = new FormData();
  form.append("group", group());
  form.append("from", person());
  if (quote) form.append("quote", quote.message_id);
  form.append("file", file);
  $("photo").value = "";
  setQuote(null);
  following = true;
  follow();
  await fetch("/api/photos", { method: "POST", body: form });
}

function connect() {
  socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
  socket.onopen = () => { $("status").textContent = "已连接"; loadHistory(); loadTickets(); };
  socket.onclose = () => { $("status").textContent = "连接断开，重连中…"; setTimeout(connect, 2000); };
  socket.onmessage = (event) => {
    const data = JSON.parse(event.data);
    if (data.type === "line") render(data.line);
    if (data.type === "tickets" && data.group === group()) loadTickets();
  };
}

$("composer").addEventListener("submit", sendText);
$("photo").addEventListener("change", sendPhoto);
$("messages").addEventListener("scroll", () => { if ($("messages").clientHeight) following = nearBottom(); });
window.addEventListener("resize", follow);
$("tickets-toggle").addEventListener("click", () => showTickets(!document.body.classList.contains("show-tickets")));
$("quote-cancel").addEventListener("click", () => setQuote(null));
$("at-bot").addEventListener("click", () => { $("text").value = `@${state.bot} ` + $("text").value; $("text").focus(); });
$("group").addEventListener("change", () => { localStorage.setItem("xiuhua-group", group()); fillPeople(); loadHistory(); loadTickets(); });
$("person").addEventListener("change", () => { localStorage.setItem("xiuhua-person", person()); loadHistory(); });
loadState().then(connect);

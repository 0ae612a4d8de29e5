// The participant page of a RegionRoll room session: join with the room's code, then answer
// what the facilitator opens. Served by the facilitator's laptop on the room's network; no
// other server, no CDN, no cookie. The token is kept in this tab's storage, so a phone that
// drops off and comes back keeps its place and its answers.
"use strict";

const WORDS = {
  sv: {
    join: "Gå med i workshoppen", code: "Workshoppens kod (sex siffror)", nickname: "Ditt namn",
    group: "Din grupp", enter: "Gå med",
    now: "Nu", ready: "Klar 👍", "ready-thanks": "Tack – klar ✓", side: "Jag är", "side-none": "Vill inte säga", "side-elected": "Förtroendevald",
    "side-officials": "Tjänsteperson", waiting: "Vänta: processledaren öppnar frågorna.",
    private: "Dina svar stannar i rummet: de går bara till processledarens dator.",
    sent: "Skickat och sparat.", received: "Skickat. Processledarens dator sparar det …",
    sending: "Skickar …", offline: "Ingen kontakt med processledarens dator: försöker igen.",
    send: "Skicka",
    "matrix.today": "Kapitalmatrisen: var står regionen i dag?",
    "matrix.ambition": "Kapitalmatrisen: vart vill regionen?",
    "roles.today": "Rollerna: var står regionen i dag?",
    "roles.ambition": "Rollerna: vart vill regionen?",
    keys: "Nycklarna: ge varje nyckel 1–5", dots: "Prickar: välj det viktigaste",
    ideas: "Idéer: föreslå en åtgärd eller ställ en fråga", own: "Processledarens fråga",
    "idea-text": "Din idé", "idea-action": "Förslag till åtgärd", "idea-question": "Fråga till parkeringen",
    "idea-none": "Inga idéer ännu: skicka den första.", upvote: "Rösta upp", upvoted: "Uppröstad",
    "idea-mine": "din", "fate-action": "blev en åtgärd", "fate-parked": "parkerad",
    "idea-waiting": "väntar: processledaren visar den för rummet",
    "ideas-left": "idéer kvar att skicka", "own-words": "Ett eller några ord (upp till tre svar)",
    "scale-low": "1 = lite", "scale-high": "5 = mycket", votes: "röster",
    drag: "Dra markören med fingret, eller använd piltangenterna.",
    more: "Mer kapital per capita", less: "Mindre kapital per capita",
    reactive: "Mer reaktivt", proactive: "Mer proaktivt",
    finansiaren: "Finansiären", utforaren: "Utföraren", natverkaren: "Nätverkaren",
    kapacitetsbyggaren: "Kapacitetsbyggaren",
    politik: "Politik", forvaltning: "Förvaltning", finansiering: "Finansiering",
    strategi: "Strategi", roll: "Roll",
    dotsLeft: "prickar kvar", marker: "Din markör", unplaced: "Inte placerad: tryck där du vill ha den.",
    answered: "Skickat ✓", saved: "Skickat och sparat ✓",
  },
  en: {
    join: "Join the workshop", code: "The workshop's code (six digits)", nickname: "Your name",
    group: "Your group", enter: "Join",
    now: "Now", ready: "Ready 👍", "ready-thanks": "Thanks – ready ✓", side: "I am", "side-none": "Rather not say", "side-elected": "An elected member",
    "side-officials": "An official", waiting: "Wait: the facilitator opens the questions.",
    private: "Your answers stay in the room: they go to the facilitator's computer only.",
    sent: "Sent and saved.", received: "Sent. The facilitator's computer is saving it …",
    sending: "Sending …", offline: "No contact with the facilitator's computer: trying again.",
    send: "Send",
    "matrix.today": "The capital matrix: where is the region today?",
    "matrix.ambition": "The capital matrix: where does the region want to be?",
    "roles.today": "The roles: where is the region today?",
    "roles.ambition": "The roles: where does the region want to be?",
    keys: "The keys: give each key 1–5", dots: "Dots: choose what matters most",
    ideas: "Ideas: propose an action or ask a question", own: "The facilitator's question",
    "idea-text": "Your idea", "idea-action": "A proposed action", "idea-question": "A question for the parking lot",
    "idea-none": "No ideas yet: send the first.", upvote: "Upvote", upvoted: "Upvoted",
    "idea-mine": "yours", "fate-action": "became an action", "fate-parked": "parked",
    "idea-waiting": "waiting: the facilitator shows it to the room",
    "ideas-left": "ideas left to send", "own-words": "A word or a few (up to three answers)",
    "scale-low": "1 = a little", "scale-high": "5 = a lot", votes: "votes",
    drag: "Drag the marker with your finger, or use the arrow keys.",
    more: "More capital per capita", less: "Less capital per capita",
    reactive: "More reactive", proactive: "More proactive",
    finansiaren: "Finansiären (the financier)", utforaren: "Utföraren (the doer)",
    natverkaren: "Nätverkaren (the networker)", kapacitetsbyggaren: "Kapacitetsbyggaren (the capacity builder)",
    politik: "Politics", forvaltning: "Administration", finansiering: "Financing",
    strategi: "Strategy", roll: "Role",
    dotsLeft: "dots left", marker: "Your marker", unplaced: "Not placed: tap where you want it.",
    answered: "Sent ✓", saved: "Sent and saved ✓",
  },
};
const KEYS = ["politik", "forvaltning", "finansiering", "strategi", "roll"];
const ERRORS = {
  sv: {
    "wrong-code": "Fel kod.", locked: "För många fel koder: vänta några minuter.", full: "Workshoppen är full: inga fler mobiler kan gå med.",
    busy: "Många går med just nu: försök igen om en stund.",
    address: "Tillräckligt många mobiler har gått med från det här nätverket: fråga processledaren.",
    request: "Begäran gick inte att läsa.",
    nickname: "Skriv ett namn.", group: "Välj din grupp.", closed: "Frågan är stängd.",
    side: "Välj förtroendevald eller tjänsteperson.",
    "slow-down": "Lite långsammare.", invalid: "Svaret gick inte att läsa.", token: "Gå med igen.",
    dots: "Prickarna passar inte: välj färre.", enough: "Du har skickat alla dina idéer.",
    "ideas-full": "Workshoppen har fått så många idéer den rymmer.", "no-idea": "Idén finns inte längre.",
    "own-idea": "Din egen idé kan du inte rösta upp.", upvotes: "Du har använt alla dina röster.",
  },
  en: {
    "wrong-code": "Wrong code.", locked: "Too many wrong codes: wait a few minutes.", full: "The workshop is full: no more phones can join.",
    busy: "Many are joining right now: try again in a moment.",
    address: "Enough phones have joined from this network: ask the facilitator.",
    request: "The request could not be read.",
    nickname: "Write a name.", group: "Choose your group.", closed: "The question is closed.",
    side: "Choose elected member or official.",
    "slow-down": "A little slower.", invalid: "The answer could not be read.", token: "Join again.",
    dots: "Those dots do not fit: choose fewer.", enough: "You have sent all your ideas.",
    "ideas-full": "The workshop has as many ideas as it holds.", "no-idea": "That idea is gone.",
    "own-idea": "You cannot upvote your own idea.", upvotes: "You have used all your upvotes.",
  },
};

let language = (navigator.language || "sv").startsWith("sv") ? "sv" : "en";
try { language = localStorage.getItem("regionroll-language") || language; } catch (_) { /* private mode */ }
if (!(language in WORDS)) language = "sv";
// Kept on the phone for each room code: a reload, a new tab or a second scan of the same room
// is the same phone, one voice, with its answers (the facilitator's server knows the token).
const stored = (key) => { try { return localStorage.getItem(key) || ""; } catch (_) { return ""; } };
const store = (key, value) => {
  try { if (value) localStorage.setItem(key, value); else localStorage.removeItem(key); } catch (_) { /* private mode */ }
};
const tokenKey = (code) => "regionroll-token-" + code;
let roomCode = new URLSearchParams(location.hash.slice(1)).get("code") || "";
let token = roomCode ? stored(tokenKey(roomCode)) : "";
let view = null;
let mine = {};
let ideas = []; // the room's ideas as every phone sees them
let ideaMine = new Set(); // of them: this phone's own
let ideaVoted = new Set(); // and those it upvoted
let ideaWaiting = []; // its own ideas the facilitator has not shown to the room yet
let version = -1; // what the phone saw last of the room: its next look waits for a change
let shown = "";
let saving = new Set(); // questions whose answer the facilitator's computer has not yet saved

const $ = (id) => document.getElementById(id);
const t = (key) => WORDS[language][key] || key;

function status(text) { $("status").textContent = text; }

function translate() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  $("language").textContent = language === "sv" ? "English" : "Svenska";
  $("language").lang = language === "sv" ? "en" : "sv";
  shown = "";
  if (view) render();
}

async function call(path, body) {
  const options = { method: body === undefined ? "GET" : "POST", headers: {} };
  if (token) options.headers.Authorization = "Bearer " + token;
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try { data = await response.json(); } catch (_) { data = {}; }
  return { ok: response.ok, status: response.status, data };
}

function refused(data) {
  return (ERRORS[language] || ERRORS.sv)[data.error] || data.message || "?";
}

async function join(event) {
  if (event) event.preventDefault();
  roomCode = $("code").value.trim();
  const body = { code: roomCode, nickname: $("nickname").value.trim() };
  if (!$("group-row").hidden) body.group = $("group").value;
  if (!$("side-row").hidden && $("side").value) body.side = $("side").value;
  token = token || stored(tokenKey(roomCode));
  if (token) body.token = token;
  const answer = await call("/api/join", body);
  if (!answer.ok) {
    if (answer.data.groups) {
      $("group").replaceChildren(...answer.data.groups.map((g) => new Option(g.name, g.id)));
      $("group-row").hidden = false;
    }
    if (answer.data.error === "nickname") $("nickname-row").hidden = false;
    if (answer.data.error === "token" || answer.status === 401) forget();
    status(refused(answer.data));
    return;
  }
  token = answer.data.token;
  store(tokenKey(roomCode), token);
  showState(answer.data);
}

function forget() {
  token = "";
  store(tokenKey(roomCode), "");
}

// What the room asks of a phone joining (a nickname, a group), learnt from the code before
// joining, so the form shows its field from the start.
async function askRoom() {
  const code = $("code").value.trim();
  if (!/^[0-9]{6}$/.test(code) || token) return;
  try {
    const answer = await call("/api/room", { code });
    if (!answer.ok) { status(refused(answer.data)); return; }
    status("");
    $("nickname-row").hidden = answer.data.by !== "nickname";
    $("group-row").hidden = answer.data.by !== "group";
    $("side-row").hidden = !answer.data.side;
    if (answer.data.by === "group") {
      $("group").replaceChildren(...answer.data.groups.map((g) => new Option(g.name, g.id)));
    }
  } catch (_) {
    status(t("offline"));
  }
}

// "Klar?": the facilitator's quick thumbs-up, one press per round.
let readyDone = false;

function readyBanner() {
  const round = view && view.ready_round;
  const banner = $("ready");
  banner.hidden = !round;
  if (!round) return;
  const button = $("ready-button");
  button.disabled = readyDone;
  button.textContent = readyDone ? t("ready-thanks") : t("ready");
}

async function sayReady() {
  if (!view || !view.ready_round || readyDone) return;
  try {
    const result = await call("/api/ready", { round: view.ready_round });
    if (result.ok) { readyDone = true; readyBanner(); }
    else status(refused(result.data));
  } catch (_) {
    status(t("offline"));
  }
}

function showState(data) {
  view = data.view;
  mine = data.answers || {};
  takeIdeas(data);
  version = typeof data.version === "number" ? data.version : -1;
  readyDone = Boolean(data.ready);
  const chosen = stored("regionroll-language");
  if (view.language && !chosen && view.language !== language) {
    language = view.language; // the room's language, until the phone chooses its own
    translate();
  }
  $("join").hidden = true;
  $("questions").hidden = false;
  $("title").textContent = view.title || "RegionRoll";
  status("");
  render();
  readyBanner();
  if (!looking) look();
}

// The phone's look at the room: it waits at the facilitator's computer until something
// changes (a question opened or closed, "now" moved, the ideas), so a closed question leaves
// at once; while an answer is not yet saved, it looks without waiting, every second or so.
let looking = false;

async function poll(wait) {
  const after = wait && version >= 0 && !saving.size ? "?after=" + version : "";
  const answer = await call("/api/state" + after);
  if (answer.status === 401) { forget(); location.reload(); return false; }
  if (!answer.ok) return false;
  view = answer.data.view; mine = answer.data.answers || {};
  takeIdeas(answer.data);
  version = typeof answer.data.version === "number" ? answer.data.version : -1;
  readyDone = Boolean(answer.data.ready); render(); readyBanner(); renderIdeas();
  if (saving.size && answer.data.kept) {
    for (const question of saving) state(question, t("saved"));
    saving = new Set();
  }
  if (status.offline) { status(""); status.offline = false; }
  return true;
}

async function look() {
  looking = true;
  for (;;) {
    if (!token || !view) { await pause(2000); continue; }
    let ok = false;
    try { ok = await poll(true); } catch (_) { ok = false; }
    if (!ok) { status(t("offline")); status.offline = true; }
    // Never a hot loop: a short pause after a change, longer after a failure.
    await pause(ok ? (saving.size ? 1000 : 150) : 2000);
  }
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

// A question's own line under its button: what became of its answer, in words.
function state(question, text, show = false) {
  const line = $("state-" + question);
  if (!line) return;
  line.textContent = text;
  if (show) line.scrollIntoView({ block: "nearest" }); // just below a button at the screen's foot
}

// Send an answer; true once the room has it (a refused or unsent answer stays on the page).
// What became of it shows under its own button, where the phone's screen is.
async function send(answer, path = "/api/answer") {
  const question = answer.question;
  state(question, t("sending"), true);
  try {
    const result = await call(path, answer);
    if (!result.ok) {
      state(question, refused(result.data));
      return false;
    }
    // "Saved" only once the facilitator's computer has it on disk, where a crash cannot lose
    // it; until then the next look at the room (poll) tells.
    if (result.data.kept) saving.delete(question); else saving.add(question);
    state(question, result.data.kept ? t("saved") : t("received"));
    if (question !== "ideas") mine[slot(question)] = answer;
    return true;
  } catch (_) {
    state(question, t("offline"));
    return false;
  }
}

// What the phone chose and has not sent yet, read from the page just before it is drawn anew
// (a key's score, a dot, the facilitator's own question's choice or words, a marker moved with
// the arrow keys), each by its control's data-keep; the new page starts from it.
let draft = {};

function unsent() {
  const kept = {};
  for (const control of document.querySelectorAll("#open [data-keep]")) {
    const id = control.dataset.keep;
    if (control.dataset.at !== undefined) kept[id] = JSON.parse(control.dataset.at);
    else if (control.type === "radio" || control.type === "checkbox") kept[id] = control.checked;
    else kept[id] = control.value;
  }
  return kept;
}

// A control's value on the page drawn anew: as it was left unsent, else `otherwise` (the
// phone's answer sent before, or nothing).
const kept = (id, otherwise) => (id in draft ? draft[id] : otherwise);

function render() {
  const key = JSON.stringify([view.open, view.now, view.targets, view.dots, view.own, language]);
  if (key === shown) return; // the same questions: leave what is being answered alone
  shown = key;
  // What the phone is typing or has chosen survives the page drawn anew (the facilitator
  // moved "now").
  draft = unsent();
  const typing = $("idea-text") ? $("idea-text").value : "";
  const focused = document.activeElement && document.activeElement.id === "idea-text";
  const open = $("open");
  open.replaceChildren();
  $("waiting").hidden = view.open.length > 0;
  const order = ["own", "matrix.today", "matrix.ambition", "roles.today", "roles.ambition", "keys", "dots", "ideas"];
  // The question the facilitator has the room on comes first, marked "Nu".
  const shownOrder = order.filter((q) => view.open.includes(q));
  if (view.now && shownOrder.includes(view.now)) {
    shownOrder.splice(shownOrder.indexOf(view.now), 1);
    shownOrder.unshift(view.now);
  }
  for (const question of shownOrder) {
    const box = document.createElement("section");
    box.className = question === view.now ? "question now" : "question";
    const heading = document.createElement("h2");
    if (question === view.now) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = t("now");
      heading.append(badge, " ");
    }
    heading.append(question === "own" && view.own ? view.own.text : t(question));
    box.append(heading);
    if (question.startsWith("matrix.")) box.append(map(question, "matrix"));
    else if (question.startsWith("roles.")) box.append(map(question, "roles"));
    else if (question === "keys") box.append(keys());
    else if (question === "dots") box.append(dots());
    else if (question === "ideas") box.append(ideaForm());
    else if (question === "own" && view.own) box.append(own(view.own));
    const line = document.createElement("p");
    line.className = "state";
    line.id = "state-" + question;
    line.setAttribute("role", "status");
    line.setAttribute("aria-live", "polite");
    if (mine[slot(question)] && question !== "ideas") line.textContent = t("answered");
    box.append(line);
    if (question === "ideas") {
      const list = document.createElement("ol");
      list.id = "idea-list";
      list.className = "ideas";
      box.append(list);
    }
    open.append(box);
  }
  if ($("idea-text")) {
    $("idea-text").value = typing;
    if (focused) $("idea-text").focus({ preventScroll: true });
  }
  renderIdeas();
}

// What one phone answers once: a question, or the facilitator's own question asked now.
const slot = (question) => (question === "own" && view.own ? "own:" + view.own.id : question);

// A square map with a marker to drag (or move with the arrow keys). x and y run 0…1, y down.
function map(question, kind) {
  const wrap = document.createElement("div");
  wrap.className = "map " + kind;
  const help = document.createElement("p");
  help.className = "help";
  help.textContent = t("drag");
  const area = document.createElement("div");
  area.className = "area";
  area.tabIndex = 0;
  area.setAttribute("role", "slider");
  area.setAttribute("aria-label", t(question) + " – " + t("marker"));
  const corners = kind === "matrix"
    ? [[t("more"), "top"], [t("less"), "bottom"], [t("reactive"), "left"], [t("proactive"), "right"]]
    : [[t("finansiaren"), "tl"], [t("utforaren"), "tr"], [t("natverkaren"), "bl"], [t("kapacitetsbyggaren"), "br"]];
  for (const [words, where] of corners) {
    const label = document.createElement("span");
    label.className = "label " + where;
    label.textContent = words;
    area.append(label);
  }
  const marker = document.createElement("span");
  marker.className = "marker";
  area.append(marker);
  // null: not placed yet (no answer is sent for it)
  let at = kept("map:" + question, start(question, kind));
  area.dataset.keep = "map:" + question;
  const button = document.createElement("button");
  const place = () => {
    area.dataset.at = JSON.stringify(at);
    marker.hidden = at === null;
    button.disabled = at === null;
    if (at === null) {
      area.setAttribute("aria-valuetext", t("unplaced"));
      return;
    }
    marker.style.left = (at[0] * 100) + "%";
    marker.style.top = (at[1] * 100) + "%";
    area.setAttribute("aria-valuetext", describe(kind, at));
  };
  const unplaced = document.createElement("span");
  unplaced.className = "unplaced";
  unplaced.textContent = t("unplaced");
  const answer = () => kind === "matrix"
    ? { question, position: { proactivity: round(at[0] * 2 - 1), capital_per_capita: round(1 - at[1] * 2) } }
    : { question, weights: weights(at) };
  const moveTo = (event) => {
    const box = area.getBoundingClientRect();
    at = [clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height)];
    place();
  };
  area.addEventListener("pointerdown", (event) => {
    area.setPointerCapture(event.pointerId);
    moveTo(event);
  });
  area.addEventListener("pointermove", (event) => { if (area.hasPointerCapture(event.pointerId)) moveTo(event); });
  area.addEventListener("pointerup", () => { if (at !== null) send(answer()); });
  area.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 0.01 : 0.05;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (event.key in moves) {
      event.preventDefault();
      const from = at || [0.5, 0.5];
      at = [clamp(from[0] + moves[event.key][0]), clamp(from[1] + moves[event.key][1])];
      place();
    } else if (event.key === "Enter" && at !== null) {
      send(answer());
    }
  });
  place();
  button.type = "button";
  button.textContent = t("send");
  button.addEventListener("click", () => { if (at !== null) send(answer()); });
  const hint = () => { unplaced.hidden = at !== null; };
  area.addEventListener("pointerup", hint);
  area.addEventListener("keyup", hint);
  hint();
  wrap.append(help, area, unplaced, button);
  return wrap;
}

function start(question, kind) {
  const previous = mine[question];
  if (previous && kind === "matrix") {
    return [(previous.position.proactivity + 1) / 2, (1 - previous.position.capital_per_capita) / 2];
  }
  if (previous && kind === "roles") {
    const w = previous.weights;
    return [w.utforaren + w.kapacitetsbyggaren, w.natverkaren + w.kapacitetsbyggaren];
  }
  return null;
}

function weights(at) {
  const [x, y] = at;
  return {
    finansiaren: (1 - x) * (1 - y), utforaren: x * (1 - y),
    natverkaren: (1 - x) * y, kapacitetsbyggaren: x * y,
  };
}

function describe(kind, at) {
  if (kind === "matrix") {
    const capital = round(1 - at[1] * 2), proactive = round(at[0] * 2 - 1);
    return `${t("more")}: ${capital}; ${t("proactive")}: ${proactive}`;
  }
  const w = weights(at);
  return ["finansiaren", "utforaren", "natverkaren", "kapacitetsbyggaren"]
    .map((role) => `${t(role)} ${Math.round(w[role] * 100)} %`).join(", ");
}

function keys() {
  const form = document.createElement("form");
  form.className = "keys";
  const previous = (mine.keys && mine.keys.scores) || {};
  // The deck's point for each key and what the scores mean, as the app sends them.
  const deck = Object.fromEntries((view.keys || []).map((k) => [k.id, k]));
  if (view.scale) {
    const scale = document.createElement("p");
    scale.className = "scale";
    scale.textContent = view.scale;
    form.append(scale);
  }
  if (view.glossary) {
    const glossary = document.createElement("p");
    glossary.className = "point";
    glossary.textContent = view.glossary;
    form.append(glossary);
  }
  for (const key of KEYS) {
    const group = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = deck[key] ? deck[key].name : t(key);
    group.append(legend);
    if (deck[key] && deck[key].point) {
      const point = document.createElement("p");
      point.className = "point";
      point.textContent = deck[key].point;
      group.append(point);
    }
    for (let score = 1; score <= 5; score++) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = key;
      input.value = String(score);
      input.dataset.keep = `keys:${key}:${score}`;
      input.checked = kept(input.dataset.keep, previous[key] === score);
      label.append(input, document.createTextNode(String(score)));
      group.append(label);
    }
    form.append(group);
  }
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = t("send");
  form.append(button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const scores = {};
    for (const key of KEYS) {
      const chosen = form.querySelector(`input[name="${key}"]:checked`);
      if (chosen) scores[key] = Number(chosen.value);
    }
    if (Object.keys(scores).length) send({ question: "keys", scores });
  });
  return form;
}

function dots() {
  const form = document.createElement("form");
  form.className = "dots";
  const previous = new Set((mine.dots && mine.dots.targets) || []);
  const left = document.createElement("p");
  const count = () => {
    const used = form.querySelectorAll("input:checked").length;
    left.textContent = `${view.dots - used} ${t("dotsLeft")}`;
    form.querySelectorAll("input").forEach((input) => {
      input.disabled = !input.checked && used >= view.dots;
    });
  };
  for (const target of view.targets) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = target.id;
    input.dataset.keep = "dots:" + target.id;
    input.checked = kept(input.dataset.keep, previous.has(target.id));
    input.addEventListener("change", count);
    label.append(input, document.createTextNode(" " + target.text));
    form.append(label);
  }
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = t("send");
  form.append(left, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const targets = [...form.querySelectorAll("input:checked")].map((input) => input.value);
    send({ question: "dots", targets });
  });
  count();
  return form;
}

// Ideas: a proposed action or a question for the parking lot, sent here; the room's ideas
// listed under it, most upvoted first, each upvoted (or not) with one tap. Who sent one is
// never shown; the phone's own are marked and cannot be upvoted by it.
function ideaForm() {
  const form = document.createElement("form");
  form.className = "idea";
  const text = document.createElement("textarea");
  text.maxLength = 140; // model/room.py MAX_IDEA (tests/room/test_server.py checks)
  text.rows = 3;
  text.id = "idea-text";
  text.setAttribute("aria-label", t("idea-text"));
  const kinds = document.createElement("fieldset");
  kinds.className = "kinds";
  for (const [value, words] of [["action", t("idea-action")], ["question", t("idea-question")]]) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "idea-kind";
    input.value = value;
    input.checked = value === "action";
    label.append(input, document.createTextNode(" " + words));
    kinds.append(label);
  }
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = t("send");
  form.append(text, kinds, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    const kind = form.querySelector("input[name=idea-kind]:checked").value;
    send({ question: "ideas", text: text.value.trim(), kind }, "/api/idea").then((ok) => {
      if (ok) { text.value = ""; poll(false).catch(() => {}); }
    });
  });
  return form;
}

// The ideas come only when they changed since the phone's last look; its own and its
// upvotes always.
function takeIdeas(data) {
  if (Array.isArray(data.ideas)) ideas = data.ideas;
  ideaMine = new Set(data.mine || []);
  ideaVoted = new Set(data.voted || []);
  ideaWaiting = Array.isArray(data.waiting) ? data.waiting : [];
}

function renderIdeas() {
  const list = $("idea-list");
  if (!list) return;
  const items = ideas.map((idea) => {
    const item = document.createElement("li");
    const words = document.createElement("p");
    words.className = "idea-text";
    words.textContent = idea.text;
    const about = document.createElement("p");
    about.className = "idea-about";
    const own = ideaMine.has(idea.id), voted = ideaVoted.has(idea.id);
    const parts = [t(idea.kind === "question" ? "idea-question" : "idea-action")];
    if (own) parts.push(t("idea-mine"));
    if (idea.fate) parts.push(t("fate-" + idea.fate));
    about.textContent = parts.join(" · ");
    const vote = document.createElement("button");
    vote.type = "button";
    vote.className = voted ? "vote voted" : "vote";
    vote.disabled = own;
    vote.setAttribute("aria-pressed", String(voted));
    vote.textContent = "▲ " + idea.votes;
    vote.setAttribute("aria-label", (voted ? t("upvoted") : t("upvote")) + ": " + idea.votes + " " + t("votes"));
    vote.addEventListener("click", () => upvote(idea));
    item.append(vote, words, about);
    return item;
  });
  // Its own ideas the facilitator has not shown to the room yet: first, marked, no votes.
  const waiting = ideaWaiting.map((idea) => {
    const item = document.createElement("li");
    item.className = "idea-waiting";
    const words = document.createElement("p");
    words.className = "idea-text";
    words.textContent = idea.text;
    const about = document.createElement("p");
    about.className = "idea-about";
    about.textContent = [
      t(idea.kind === "question" ? "idea-question" : "idea-action"), t("idea-mine"), t("idea-waiting"),
    ].join(" · ");
    item.append(words, about);
    return item;
  });
  if (!items.length && !waiting.length) {
    const none = document.createElement("li");
    none.className = "idea-none";
    none.textContent = t("idea-none");
    items.push(none);
  }
  list.replaceChildren(...waiting, ...items);
}

async function upvote(idea) {
  try {
    const up = !ideaVoted.has(idea.id);
    const result = await call("/api/upvote", { idea: idea.id, up });
    if (!result.ok) { state("ideas", refused(result.data), true); return; }
    // At once here; the room's count follows with the next look.
    if (up) ideaVoted.add(idea.id); else ideaVoted.delete(idea.id);
    idea.votes += up ? 1 : -1;
    renderIdeas();
  } catch (_) {
    state("ideas", t("offline"), true);
  }
}

// The facilitator's own question: a choice, a score from 1 to 5, or a few words.
function own(asked) {
  const form = document.createElement("form");
  form.className = "own keys";
  const previous = mine["own:" + asked.id] || {};
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = t("send");
  if (asked.kind === "choice" || asked.kind === "scale") {
    const group = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = asked.kind === "scale" ? t("scale-low") + " … " + t("scale-high") : asked.text;
    legend.className = asked.kind === "scale" ? "" : "visually-hidden";
    group.append(legend);
    const values = asked.kind === "choice" ? asked.options.map((o, n) => [n, o]) : [1, 2, 3, 4, 5].map((n) => [n, String(n)]);
    for (const [value, words] of values) {
      const label = document.createElement("label");
      if (asked.kind === "choice") label.className = "choice";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "own-" + asked.id;
      input.value = String(value);
      input.dataset.keep = `own:${asked.id}:${value}`;
      input.checked = kept(
        input.dataset.keep, (asked.kind === "choice" ? previous.choice : previous.score) === value,
      );
      label.append(input, document.createTextNode(" " + words));
      group.append(label);
    }
    form.append(group, button);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const chosen = form.querySelector("input:checked");
      if (!chosen) return;
      const answer = { question: "own", asks: asked.id };
      answer[asked.kind === "choice" ? "choice" : "score"] = Number(chosen.value);
      send(answer);
    });
    return form;
  }
  const help = document.createElement("p");
  help.className = "help";
  help.textContent = t("own-words");
  form.append(help);
  const inputs = [0, 1, 2].map((n) => {
    const input = document.createElement("input");
    input.maxLength = 30; // model/room.py MAX_WORD
    input.dataset.keep = `own:${asked.id}:word${n}`;
    input.value = kept(input.dataset.keep, (previous.words || [])[n] || "");
    input.setAttribute("aria-label", t("own-words") + " " + (n + 1));
    form.append(input);
    return input;
  });
  form.append(button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const words = inputs.map((i) => i.value.trim()).filter(Boolean);
    if (words.length) send({ question: "own", asks: asked.id, words });
  });
  return form;
}

const clamp = (v) => Math.min(1, Math.max(0, v));
const round = (v) => Math.round(v * 1000) / 1000;

document.addEventListener("DOMContentLoaded", () => {
  $("join-form").addEventListener("submit", join);
  $("language").addEventListener("click", () => {
    language = language === "sv" ? "en" : "sv";
    store("regionroll-language", language);
    translate();
    if (view) readyBanner();
  });
  if (roomCode) $("code").value = roomCode;
  $("code").addEventListener("input", askRoom);
  $("ready-button").addEventListener("click", sayReady);
  translate();
  if (token) join();
  else askRoom();
});

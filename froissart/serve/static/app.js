// Froissart dashboard: plain JavaScript and SVG, no library, no network beyond this server.
"use strict";

const I18N = {
  en: {subtitle: "political events coded from the news", language: "Language", from: "From", to: "To",
       country: "Country", type: "Type", any: "any", articleLang: "Article language", text: "Text", apply: "Apply",
       network: "Network of countries", timeline: "Timeline by quad class", map: "Where events happened",
       events: "Events", date: "Date", source: "Source", target: "Target", place: "Place", trigger: "Trigger",
       detail: "Event", cooperation: "cooperation", conflict: "conflict", rule: "Rule", dateWhy: "Date",
       placeWhy: "Place", status: "Status", cameo: "CAMEO", entities: "Entities", total: n => `${n} events`,
       noEvents: "No events", hint: "Click an event, or press Enter on it, to see how it was coded.",
       perInterval: {day: "events per day", week: "events per week", month: "events per month"},
       quads: ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]},
  fr: {subtitle: "événements politiques codés à partir de la presse", language: "Langue", from: "Du", to: "Au",
       country: "Pays", type: "Type", any: "tous", articleLang: "Langue de l'article", text: "Texte",
       apply: "Appliquer", network: "Réseau des pays", timeline: "Chronologie par classe",
       map: "Lieux des événements", events: "Événements", date: "Date", source: "Source", target: "Cible",
       place: "Lieu", trigger: "Déclencheur", detail: "Événement", cooperation: "coopération", conflict: "conflit",
       rule: "Règle", dateWhy: "Date", placeWhy: "Lieu", status: "Statut", cameo: "CAMEO", entities: "Entités",
       total: n => `${n} événements`, noEvents: "Aucun événement",
       hint: "Cliquez sur un événement, ou appuyez sur Entrée, pour voir comment il a été codé.",
       perInterval: {day: "événements par jour", week: "événements par semaine", month: "événements par mois"},
       quads: ["coopération verbale", "coopération matérielle", "conflit verbal", "conflit matériel"]},
};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUAD_COLORS = ["#66bb6a", "#2e7d32", "#ef9a9a", "#c62828"];
const SVGNS = "http://www.w3.org/2000/svg";
let lang = localStorage.getItem("froissart-lang") || (navigator.language || "en").slice(0, 2);
if (!I18N[lang]) lang = "en";
let world = null;

const t = key => I18N[lang][key];
const el = (name, attrs = {}, parent = null) => {
  const node = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
};
const MISSING = "—";  // how every missing value is shown
const orMissing = value => value == null || value === "" ? MISSING : value;
const actor = a => (a && [a.country || a.org, a.sector, a.name].filter(Boolean).join(" ")) || MISSING;

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach(node => { node.textContent = t(node.dataset.i18n); });
  document.getElementById("ui-lang").value = lang;
  document.getElementById("quad-legend").innerHTML = t("quads")
    .map((q, i) => `<span style="color:${QUAD_COLORS[i]}">■</span> ${q}`).join(" &nbsp; ");
}

function query() {
  const form = new FormData(document.getElementById("filters"));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (v) params.append(k, k === "country" ? v.toUpperCase() : v);
  return params;
}

async function getJSON(path, params) {
  const response = await fetch(`${path}?${params}`);
  const body = await response.json();
  if (!response.ok) throw new Error(typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
  return body;
}

function drawNetwork(dyads) {
  const svg = document.getElementById("network");
  svg.replaceChildren();
  const weight = {}, tone = {}, nodes = new Set();
  for (const d of dyads) {
    if (!d.source || !d.target || d.source === d.target) continue;
    const key = [d.source, d.target].sort().join("|");
    weight[key] = (weight[key] || 0) + d.events;
    tone[key] = (tone[key] || 0) + d.events * (d.quad_class <= 2 ? 1 : -1);
    nodes.add(d.source); nodes.add(d.target);
  }
  const list = [...nodes].sort();
  const pos = {};
  list.forEach((n, i) => {
    const a = 2 * Math.PI * i / Math.max(list.length, 1) - Math.PI / 2;
    pos[n] = [210 + 130 * Math.cos(a), 160 + 130 * Math.sin(a)];
  });
  for (const [key, w] of Object.entries(weight)) {
    const [a, b] = key.split("|");
    el("line", {x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1], "stroke-width": 1 + Math.log2(w + 1) * 1.5,
                stroke: tone[key] >= 0 ? "#2e7d32" : "#c62828", "stroke-opacity": .6, class: "edge"}, svg)
      .appendChild(document.createElementNS(SVGNS, "title")).textContent = `${a} – ${b}: ${w}`;
  }
  for (const n of list) {
    el("circle", {cx: pos[n][0], cy: pos[n][1], r: 14, fill: "#1d2430", class: "node"}, svg);
    el("text", {x: pos[n][0], y: pos[n][1] + 4, "text-anchor": "middle", fill: "#fff", "font-size": 9}, svg)
      .textContent = n;
  }
}

const DAY = 864e5;
const dayOf = period => Date.parse(String(period).slice(0, 10));  // UTC midnight, in ms
const isoDay = ms => new Date(ms).toISOString().slice(0, 10);
const after = (ms, interval) => {  // the start of the next period
  const d = new Date(ms);
  if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.getTime();
};
// bars of a day over four months at most, of a week over two years at most, else of a month
const intervalFor = rows => {
  const days = rows.length ? (dayOf(rows.at(-1).period) - dayOf(rows[0].period)) / DAY : 0;
  return days > 730 ? "month" : days > 120 ? "week" : "day";
};
const niceStep = max => {  // 1, 2 or 5 times a power of ten, for about four ticks
  const raw = Math.max(max / 4, 1), power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map(m => m * power).find(step => step >= raw);
};

function drawTimeline(rows, interval) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const periods = [...new Set(rows.map(r => r.period))].sort();
  if (!periods.length) return;
  const stacks = periods.map(p => [1, 2, 3, 4].map(q => (rows.find(r => r.period === p && r.quad_class === q) || {}).events || 0));
  const max = Math.max(...stacks.map(s => s.reduce((a, b) => a + b, 0)));
  const step = niceStep(max), top = Math.ceil(max / step) * step;
  const [left, right, high, base] = [46, 410, 14, 190];  // the plot area in the 420×236 viewBox
  const t0 = dayOf(periods[0]), t1 = after(dayOf(periods.at(-1)), interval);
  const x = ms => left + (right - left) * (ms - t0) / (t1 - t0), y = n => base - (base - high) * n / top;
  for (let n = 0; n <= top; n += step) {  // y axis: counts, with grid lines
    el("line", {x1: left, x2: right, y1: y(n), y2: y(n), class: "grid"}, svg);
    el("text", {x: left - 4, y: y(n) + 3, "text-anchor": "end", class: "tick y-tick"}, svg).textContent = n;
  }
  el("text", {transform: `translate(10 ${(high + base) / 2}) rotate(-90)`, "text-anchor": "middle",
              class: "axis-title"}, svg).textContent = t("perInterval")[interval];
  stacks.forEach((stack, i) => {
    const start = dayOf(periods[i]), width = Math.max(x(after(start, interval)) - x(start) - 1, 1.5);
    let sum = 0;
    stack.forEach((n, q) => {
      if (n) el("rect", {x: x(start), y: y(sum + n), width, height: y(sum) - y(sum + n), fill: QUAD_COLORS[q],
                         class: "bar"}, svg).appendChild(document.createElementNS(SVGNS, "title"))
        .textContent = `${isoDay(start)} · ${t("quads")[q]}: ${n}`;
      sum += n;
    });
  });
  // x axis: up to five dates evenly spaced from the first period's start to the last one's end
  const ticks = Math.min(5, (t1 - t0) / DAY + 1);
  for (let k = 0; k < ticks; k++) {
    const ms = t0 + Math.round((t1 - t0) / DAY * k / (ticks - 1)) * DAY;
    el("line", {x1: x(ms), x2: x(ms), y1: base, y2: base + 4, class: "axis"}, svg);
    el("text", {x: x(ms), y: base + 15, class: "tick x-tick",
                "text-anchor": k === 0 ? "start" : k === ticks - 1 ? "end" : "middle"}, svg).textContent = isoDay(ms);
  }
  el("line", {x1: left, x2: left, y1: high, y2: base, class: "axis"}, svg);
  el("line", {x1: left, x2: right, y1: base, y2: base, class: "axis"}, svg);
  el("text", {x: (left + right) / 2, y: base + 32, "text-anchor": "middle", class: "axis-title"}, svg)
    .textContent = t("date");
}

const project = (lon, lat) => [(lon + 180) * 2, (90 - lat) * 2];

function drawMap(events) {
  const svg = document.getElementById("map");
  svg.replaceChildren();
  el("rect", {x: 0, y: 0, width: 720, height: 360, fill: "#e3eef8"}, svg);
  if (world) for (const ring of world.rings) {
    // a ring crossing the antimeridian is drawn in pieces, never across the whole map
    const d = ring.map(([x, y], i) => (i && Math.abs(x - ring[i - 1][0]) > 180 ? "M" : i ? "L" : "M")
                       + project(x, y).join(",")).join("");
    el("path", {d, fill: "#cfd8dc", stroke: "#90a4ae", "stroke-width": .4}, svg);
  }
  const places = {};
  for (const e of events) {
    if (!e.place_name || e.lat == null) continue;
    const key = e.place_name;
    places[key] = places[key] || {n: 0, lat: e.lat, lon: e.lon, conflict: 0};
    places[key].n += 1;
    places[key].conflict += e.quad_class >= 3 ? 1 : 0;
  }
  for (const [name, p] of Object.entries(places)) {
    const [x, y] = project(p.lon, p.lat);
    el("circle", {cx: x, cy: y, r: 3 + Math.sqrt(p.n) * 2, fill: p.conflict * 2 > p.n ? "#c62828" : "#2e7d32",
                  "fill-opacity": .7, class: "place"}, svg)
      .appendChild(document.createElementNS(SVGNS, "title")).textContent = `${name}: ${p.n}`;
  }
}

function drawTable(events) {
  closeDetail();
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of events) {
    const row = body.insertRow();
    row.dataset.id = e.event_id;
    row.tabIndex = 0;
    row.setAttribute("aria-expanded", "false");
    for (const value of [e.date, e.event_type, e.source_country || e.source_org, e.target_country || e.target_org,
                         e.place_name, e.trigger]) row.insertCell().textContent = orMissing(value);
    row.addEventListener("click", () => showEvent(e.event_id, row));
    row.addEventListener("keydown", ev => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showEvent(e.event_id, row); }
    });
  }
}

function highlighted(sentence, marks) {
  // marks: [start, end, class] in the sentence; escape everything else
  const spans = marks.filter(m => m[0] >= 0).sort((a, b) => a[0] - b[0]);
  let out = "", at = 0;
  const esc = s => s.replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  for (const [start, end, cls] of spans) {
    if (start < at) continue;
    out += esc(sentence.slice(at, start)) + `<mark class="${cls}">${esc(sentence.slice(start, end))}</mark>`;
    at = end;
  }
  return out + esc(sentence.slice(at));
}

function closeDetail() {  // park the explanation, hidden, after the table
  const detail = document.getElementById("detail");
  detail.hidden = true;
  document.getElementById("events").after(detail);
  document.querySelectorAll("#events tr.detail-row").forEach(r => r.remove());
  document.querySelectorAll("#events tr.selected").forEach(r => {
    r.classList.remove("selected"); r.setAttribute("aria-expanded", "false");
  });
}

async function showEvent(id, row) {
  // the explanation opens in a row right under the chosen one; choosing it again closes it
  const wasOpen = row.classList.contains("selected");
  closeDetail();
  if (wasOpen) return;
  row.classList.add("selected");
  row.setAttribute("aria-expanded", "true");
  const e = await getJSON(`/api/events/${encodeURIComponent(id)}`, new URLSearchParams());
  if (!row.isConnected || !row.classList.contains("selected")) return;  // another row was chosen meanwhile
  const x = e.explanation, s = x.sentence;
  const find = text => text ? [s.indexOf(text), s.indexOf(text) + text.length] : [-1, -1];
  const marks = [[...(x.trigger_in_sentence || [-1, -1]), "trigger"], [...find(x.source_text), "source"],
                 [...find(x.target_text), "target"]];
  document.getElementById("detail-sentence").innerHTML = highlighted(s, marks);
  const entities = `${t("source")} ${orMissing(e.source?.entity)} · ${t("target")} ${orMissing(e.target?.entity)}`;
  const facts = [[t("type"), `${e.event_type}${e.mode ? " (" + e.mode + ")" : ""}`], [t("status"), orMissing(e.status)],
                 [t("source"), actor(e.source)], [t("target"), actor(e.target)], [t("entities"), entities],
                 [t("cameo"), `${e.cameo} · Goldstein ${e.goldstein}`],
                 [t("dateWhy"), `${orMissing(e.date)} · ${x.date}`],
                 [t("placeWhy"), `${orMissing(e.location?.name)} · ${x.place}`], [t("rule"), x.rule]];
  const dl = document.getElementById("detail-facts");
  dl.replaceChildren();
  for (const [k, v] of facts) {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  const holder = document.createElement("tr");
  holder.className = "detail-row";
  const cell = holder.insertCell();
  cell.colSpan = row.cells.length;
  cell.append(document.getElementById("detail"));
  row.after(holder);
  document.getElementById("detail").hidden = false;
  holder.scrollIntoView({block: "nearest"});
}

async function refresh() {
  const params = query();
  const total = document.getElementById("total");
  try {
    const [events, dyads, days] = await Promise.all([
      getJSON("/api/events", new URLSearchParams([...params, ["limit", "500"], ["sort", "date"]])),
      getJSON("/api/dyads", new URLSearchParams([...params, ["limit", "300"]])), getJSON("/api/timeline", params)]);
    const interval = intervalFor(days);  // a long range is counted by week or month, not by day
    const timeline = interval === "day" ? days
      : await getJSON("/api/timeline", new URLSearchParams([...params, ["interval", interval]]));
    total.textContent = events.total ? t("total")(events.total) : t("noEvents");
    drawNetwork(dyads); drawTimeline(timeline, interval); drawMap(events.items); drawTable(events.items);
  } catch (err) {
    total.textContent = err.message;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const select = document.querySelector("select[name=type]");
  for (const type of TYPES) select.appendChild(new Option(type, type));
  document.getElementById("ui-lang").addEventListener("change", ev => {
    lang = ev.target.value; localStorage.setItem("froissart-lang", lang); translate(); refresh();
  });
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(); });
  translate();
  world = await (await fetch("/static/world.json")).json();
  await refresh();
  document.body.dataset.ready = "1";
});

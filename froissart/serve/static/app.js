// Froissart dashboard: plain JavaScript and SVG, no library, no network beyond this server.
"use strict";

const I18N = {
  en: {subtitle: "political events coded from the news", language: "Language", from: "From", to: "To",
       country: "Country", type: "Type", any: "any", articleLang: "Article language", text: "Text", apply: "Apply",
       network: "Network of countries", timeline: "Timeline by quad class", map: "Where events happened",
       events: "Events", date: "Date", source: "Source", target: "Target", place: "Place", trigger: "Trigger",
       detail: "Event", cooperation: "cooperation", conflict: "conflict", rule: "Rule", dateWhy: "Date",
       placeWhy: "Place", status: "Status", cameo: "CAMEO", entities: "Entities", total: n => `${n} events`,
       noEvents: "No events",
       quads: ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]},
  fr: {subtitle: "événements politiques codés à partir de la presse", language: "Langue", from: "Du", to: "Au",
       country: "Pays", type: "Type", any: "tous", articleLang: "Langue de l'article", text: "Texte",
       apply: "Appliquer", network: "Réseau des pays", timeline: "Chronologie par classe",
       map: "Lieux des événements", events: "Événements", date: "Date", source: "Source", target: "Cible",
       place: "Lieu", trigger: "Déclencheur", detail: "Événement", cooperation: "coopération", conflict: "conflit",
       rule: "Règle", dateWhy: "Date", placeWhy: "Lieu", status: "Statut", cameo: "CAMEO", entities: "Entités",
       total: n => `${n} événements`, noEvents: "Aucun événement",
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
const code = actor => actor ? (actor.country || actor.org || "?") : "—";

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

function drawTimeline(rows) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const periods = [...new Set(rows.map(r => r.period))].sort();
  if (!periods.length) return;
  const stacks = periods.map(p => [1, 2, 3, 4].map(q => (rows.find(r => r.period === p && r.quad_class === q) || {}).events || 0));
  const max = Math.max(...stacks.map(s => s.reduce((a, b) => a + b, 0)));
  const width = 380 / periods.length;
  stacks.forEach((stack, i) => {
    let y = 190;
    stack.forEach((n, q) => {
      const h = 170 * n / max;
      if (n) el("rect", {x: 30 + i * width, y: y - h, width: Math.max(width - 2, 1), height: h, fill: QUAD_COLORS[q],
                         class: "bar"}, svg).appendChild(document.createElementNS(SVGNS, "title"))
        .textContent = `${periods[i].slice(0, 10)}: ${n}`;
      y -= h;
    });
  });
  el("text", {x: 30, y: 210, "font-size": 10}, svg).textContent = periods[0].slice(0, 10);
  el("text", {x: 410, y: 210, "font-size": 10, "text-anchor": "end"}, svg).textContent = periods.at(-1).slice(0, 10);
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
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of events) {
    const row = document.createElement("tr");
    row.dataset.id = e.event_id;
    for (const value of [e.date, e.event_type, e.source_country || e.source_org || "?",
                         e.target_country || e.target_org || "—", e.place_name || "", e.trigger]) {
      const cell = document.createElement("td");
      cell.textContent = value == null ? "" : value;
      row.appendChild(cell);
    }
    row.addEventListener("click", () => showEvent(e.event_id, row));
    body.appendChild(row);
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

async function showEvent(id, row) {
  document.querySelectorAll("#events tr.selected").forEach(r => r.classList.remove("selected"));
  row.classList.add("selected");
  const e = await getJSON(`/api/events/${encodeURIComponent(id)}`, new URLSearchParams());
  const x = e.explanation, s = x.sentence;
  const find = text => text ? [s.indexOf(text), s.indexOf(text) + text.length] : [-1, -1];
  const marks = [[...(x.trigger_in_sentence || [-1, -1]), "trigger"], [...find(x.source_text), "source"],
                 [...find(x.target_text), "target"]];
  document.getElementById("detail-sentence").innerHTML = highlighted(s, marks);
  const facts = [[t("type"), `${e.event_type}${e.mode ? " (" + e.mode + ")" : ""}`], [t("status"), e.status],
                 [t("source"), `${code(e.source)} ${e.source.sector || ""} ${e.source.name || ""}`],
                 [t("target"), e.target ? `${code(e.target)} ${e.target.sector || ""} ${e.target.name || ""}` : "—"],
                 [t("entities"), `${t("source")} ${e.source.entity || "—"} · ${t("target")} ${(e.target || {}).entity || "—"}`],
                 [t("cameo"), `${e.cameo} · Goldstein ${e.goldstein}`], [t("dateWhy"), `${e.date || "—"} — ${x.date}`],
                 [t("placeWhy"), `${e.location ? e.location.name : "—"} — ${x.place}`], [t("rule"), x.rule]];
  const dl = document.getElementById("detail-facts");
  dl.replaceChildren();
  for (const [k, v] of facts) {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  document.getElementById("detail").hidden = false;
}

async function refresh() {
  const params = query();
  const total = document.getElementById("total");
  try {
    const [events, dyads, timeline] = await Promise.all([
      getJSON("/api/events", new URLSearchParams([...params, ["limit", "500"], ["sort", "date"]])),
      getJSON("/api/dyads", params), getJSON("/api/timeline", params)]);
    total.textContent = events.total ? t("total")(events.total) : t("noEvents");
    drawNetwork(dyads); drawTimeline(timeline); drawMap(events.items); drawTable(events.items);
    document.getElementById("detail").hidden = true;
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

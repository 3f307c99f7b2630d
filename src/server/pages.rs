//! The pages: generate, the review queue, costs, login. Server-rendered with minijinja from
//! templates compiled into the binary; a few lines of vendored JavaScript add keyboard
//! shortcuts, and every action also works as a plain form without it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use minijinja::Environment;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::api::{ActBody, GenerateBody, act, budget_status, cost_totals, list_query};
use super::auth::{self, Identity};
use super::{ApiError, App, Shown, random_token};
use crate::review::marks::marked;
use crate::review::stats::age;

/// The compiled templates.
pub struct Pages {
    env: Environment<'static>,
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("generate.html", include_str!("templates/generate.html")),
    (
        "review_list.html",
        include_str!("templates/review_list.html"),
    ),
    (
        "review_item.html",
        include_str!("templates/review_item.html"),
    ),
    ("costs.html", include_str!("templates/costs.html")),
    ("login.html", include_str!("templates/login.html")),
    ("error.html", include_str!("templates/error.html")),
    ("marks.html", include_str!("templates/marks.html")),
];

const CSS: &str = include_str!("static/app.css");
const JS: &str = include_str!("static/app.js");

impl Pages {
    pub fn new() -> Self {
        let mut env = Environment::new();
        for (name, source) in TEMPLATES {
            // the templates are part of the binary: a broken one fails the tests, not a user
            if let Err(e) = env.add_template(name, source) {
                eprintln!("template {name}: {e}");
            }
        }
        Self { env }
    }

    fn render(&self, name: &str, ctx: Map<String, Value>) -> Response {
        match self
            .env
            .get_template(name)
            .and_then(|t| t.render(minijinja::Value::from(minijinja::value::Serde(&ctx))))
        {
            Ok(html) => Html(html).into_response(),
            Err(e) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("page {name} could not be rendered: {e}"),
            )
                .into_response(),
        }
    }
}

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/generate") }))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/generate", get(generate_form).post(generate))
        .route("/generate/{shown}/{variant}/queue", post(send_to_review))
        .route("/review", get(review_list))
        .route("/review/bulk", post(review_bulk))
        .route("/review/{id}", get(review_item))
        .route("/review/{id}/{action}", post(review_act))
        .route("/costs", get(costs))
        .route(
            "/static/app.css",
            get(|| async { static_file("text/css", CSS) }),
        )
        .route(
            "/static/app.js",
            get(|| async { static_file("text/javascript", JS) }),
        )
}

fn static_file(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// The interface's language: `?lang=`, else the browser's first choice (German or English).
fn language(headers: &HeaderMap, asked: Option<&str>) -> &'static str {
    let wanted = asked.map(str::to_string).or_else(|| {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    });
    match wanted {
        Some(w) if w.trim_start().to_ascii_lowercase().starts_with("de") => "de",
        _ => "en",
    }
}

/// The interface text in one language.
fn words(lang: &str) -> Value {
    let table: &[(&str, &str, &str)] = &[
        ("skip", "Skip to content", "Zum Inhalt"),
        ("nav", "Main", "Hauptmenü"),
        ("generate", "Generate", "Generieren"),
        ("review", "Review", "Freigabe"),
        ("costs", "Costs", "Kosten"),
        ("brand", "Brand", "Marke"),
        ("prompt", "Prompt", "Prompt"),
        ("locale", "Language", "Sprache"),
        ("channel", "Channel", "Kanal"),
        ("any", "any", "alle"),
        ("load", "Load the form", "Formular laden"),
        ("variants", "Variants", "Varianten"),
        ("run", "Generate variants", "Varianten erzeugen"),
        ("outcome", "Outcome", "Ergebnis"),
        ("findings", "Findings", "Befunde"),
        ("nofindings", "No findings.", "Keine Befunde."),
        ("fix", "Fix", "Korrektur"),
        ("sources", "Sources", "Quellen"),
        ("calls", "Model calls", "Modellaufrufe"),
        ("tokens", "tokens", "Tokens"),
        ("cost", "Cost", "Kosten"),
        ("send", "Send to review", "Zur Freigabe senden"),
        ("queued", "In review as item", "In der Freigabe als Eintrag"),
        ("state", "State", "Status"),
        ("open", "open", "offen"),
        ("filter", "Filter", "Filtern"),
        ("age", "Age", "Alter"),
        ("why", "Why", "Grund"),
        ("claimedby", "Claimed by", "Übernommen von"),
        ("text", "Text", "Text"),
        ("select", "Select", "Auswählen"),
        ("approve", "Approve", "Freigeben"),
        ("reject", "Reject", "Ablehnen"),
        ("edit", "Edit", "Bearbeiten"),
        ("claim", "Claim", "Übernehmen"),
        ("release", "Release", "Zurückgeben"),
        ("saveedit", "Save and re-check", "Speichern und neu prüfen"),
        ("comment", "Comment", "Kommentar"),
        ("bulk", "Approve selected", "Auswahl freigeben"),
        (
            "keys",
            "Keys: j/k move · a approve · r reject · e edit · x select · o open",
            "Tasten: j/k wechseln · a freigeben · r ablehnen · e bearbeiten · x auswählen · o öffnen",
        ),
        ("leased", "Claimed by", "Übernommen von"),
        ("minutes", "min left", "Min. übrig"),
        ("history", "History", "Verlauf"),
        ("lineage", "Lineage", "Herkunft"),
        ("revisions", "Revisions", "Fassungen"),
        ("model", "Model", "Modell"),
        ("empty", "Nothing to review.", "Nichts freizugeben."),
        ("items", "items", "Einträge"),
        ("previous", "Previous", "Zurück"),
        ("next", "Next", "Weiter"),
        ("perday", "Spend per day", "Ausgaben pro Tag"),
        ("perprompt", "Per prompt", "Pro Prompt"),
        ("permodel", "Per model", "Pro Modell"),
        ("budgets", "Budgets", "Budgets"),
        (
            "nobudgets",
            "No budgets configured.",
            "Keine Budgets eingerichtet.",
        ),
        ("calls_n", "Calls", "Aufrufe"),
        ("cached", "From cache", "Aus dem Cache"),
        ("login", "Log in", "Anmelden"),
        ("logout", "Log out", "Abmelden"),
        ("name", "Your name", "Ihr Name"),
        ("token", "Access token", "Zugangstoken"),
        ("back", "Back", "Zurück"),
        ("error", "Something went wrong", "Etwas ist schiefgegangen"),
        ("required", "required", "Pflichtfeld"),
        ("nvariants", "Variants", "Varianten"),
        ("spent", "spent", "ausgegeben"),
        ("of", "of", "von"),
        ("held", "held", "reserviert"),
    ];
    let de = lang == "de";
    let map: HashMap<&str, &str> = table
        .iter()
        .map(|(k, en, german)| (*k, if de { *german } else { *en }))
        .collect();
    serde_json::to_value(map).unwrap_or(Value::Null)
}

/// What every page shows: language, the reviewer, the CSRF token, the page's name.
fn frame(
    headers: &HeaderMap,
    lang: Option<&str>,
    who: &Identity,
    page: &str,
) -> Map<String, Value> {
    let lang = language(headers, lang);
    let mut f = Map::new();
    f.insert("lang".into(), lang.into());
    f.insert("t".into(), words(lang));
    f.insert("reviewer".into(), who.reviewer.clone().into());
    f.insert("csrf".into(), who.csrf.clone().into());
    f.insert("page".into(), page.into());
    f
}

/// A page's values over the frame's.
fn with(mut frame: Map<String, Value>, page: Value) -> Map<String, Value> {
    if let Value::Object(m) = page {
        frame.extend(m);
    }
    frame
}

fn error_page(app: &App, frame: Map<String, Value>, e: &ApiError) -> Response {
    let mut r = app
        .pages
        .render("error.html", with(frame, json!({ "error": e })));
    *r.status_mut() = StatusCode::from_u16(e.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    r
}

// ---------------------------------------------------------------- login

async fn login_form(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, q.get("lang").map(String::as_str), &who, "login");
    app.pages.render(
        "login.html",
        with(f, json!({ "failed": q.contains_key("failed") })),
    )
}

async fn login(State(app): State<Arc<App>>, Form(form): Form<HashMap<String, String>>) -> Response {
    let name = form.get("name").map(|n| n.trim()).unwrap_or_default();
    let token = form.get("token").map(String::as_str).unwrap_or_default();
    let admitted = app.auth.accepts(token) || !app.auth.required();
    if name.is_empty() || !admitted {
        return Redirect::to("/login?failed=1").into_response();
    }
    match app.auth.open(name) {
        Ok((id, _)) => (
            [(header::SET_COOKIE, auth::cookie(Some(&id)))],
            Redirect::to("/review"),
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

async fn logout(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if let Err(e) = who.check_csrf(form.get("csrf").map(String::as_str).unwrap_or_default()) {
        return e.into_response();
    }
    if let Some(id) = auth::session_id(&headers) {
        app.auth.close(&id);
    }
    (
        [(header::SET_COOKIE, auth::cookie(None))],
        Redirect::to("/login"),
    )
        .into_response()
}

// ---------------------------------------------------------------- generate

/// One input of a prompt's form, from its JSON Schema.
#[derive(Debug, Serialize)]
struct Field {
    name: String,
    label: String,
    /// text, textarea, select, number, checkbox or list (one item per line).
    kind: &'static str,
    required: bool,
    options: Vec<String>,
    value: String,
    help: String,
}

/// The vars handled by the page's own controls.
const OWN_VARS: &[&str] = &["brand", "locale"];

/// The form's fields for a prompt's input schema; an object's properties become fields named
/// by their path (`product.title`).
fn fields(schema: &Value, values: &Map<String, Value>) -> Vec<Field> {
    let mut out = Vec::new();
    add_fields(schema, &Value::Object(values.clone()), "", &mut out);
    out
}

fn add_fields(schema: &Value, values: &Value, prefix: &str, out: &mut Vec<Field>) {
    let required: Vec<&str> = schema["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let Some(props) = schema["properties"].as_object() else {
        return;
    };
    for (name, p) in props {
        if prefix.is_empty() && OWN_VARS.contains(&name.as_str()) {
            continue;
        }
        let path = format!("{prefix}{name}");
        if p["type"] == "object" {
            add_fields(p, &values[name.as_str()], &format!("{path}."), out);
            continue;
        }
        let options: Vec<String> = p["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let long = p["maxLength"].as_u64().is_some_and(|m| m > 120);
        let kind = match p["type"].as_str() {
            _ if !options.is_empty() => "select",
            Some("integer" | "number") => "number",
            Some("boolean") => "checkbox",
            Some("array") => "list",
            _ if long => "textarea",
            _ => "text",
        };
        let value = match &values[name.as_str()] {
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join("\n"),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        out.push(Field {
            name: path.clone(),
            label: p["title"].as_str().unwrap_or(&path).to_string(),
            kind,
            required: required.contains(&name.as_str()),
            options,
            value,
            help: p["description"].as_str().unwrap_or_default().to_string(),
        });
    }
}

/// Vars from the form's `var.PATH` fields, typed by the schema.
fn vars_from(schema: &Value, form: &HashMap<String, String>) -> Map<String, Value> {
    let mut vars = Value::Object(Map::new());
    let mut keys: Vec<&String> = form.keys().collect();
    keys.sort();
    for key in keys {
        let Some(path) = key.strip_prefix("var.") else {
            continue;
        };
        let raw = &form[key];
        let mut p = schema;
        for part in path.split('.') {
            p = &p["properties"][part];
        }
        let value = match p["type"].as_str() {
            Some("array") => Value::Array(
                raw.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| Value::String(l.to_string()))
                    .collect(),
            ),
            Some("integer") => raw
                .trim()
                .parse::<i64>()
                .map_or_else(|_| Value::String(raw.clone()), Value::from),
            Some("number") => raw
                .trim()
                .parse::<f64>()
                .map_or_else(|_| Value::String(raw.clone()), Value::from),
            Some("boolean") => Value::Bool(raw == "on" || raw == "true"),
            _ => Value::String(raw.clone()),
        };
        // an empty optional field is left out, as the CLI leaves out a var it was not given
        if value.as_str().is_some_and(str::is_empty) || value.as_array().is_some_and(Vec::is_empty)
        {
            continue;
        }
        let mut at = &mut vars;
        let parts: Vec<&str> = path.split('.').collect();
        for part in &parts[..parts.len() - 1] {
            if !at[*part].is_object() {
                at[*part] = Value::Object(Map::new());
            }
            at = &mut at[*part];
        }
        at[parts[parts.len() - 1]] = value;
    }
    match vars {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Variants the form asks for unless told otherwise.
const DEFAULT_VARIANTS: usize = 3;

/// The form's selections.
#[derive(Debug, Default, serde::Deserialize)]
struct Choice {
    brand: Option<String>,
    channel: Option<String>,
    prompt: Option<String>,
    locale: Option<String>,
    lang: Option<String>,
}

/// The controls of the generate form: brands, channels, prompts, locales, and the chosen
/// prompt's fields.
fn generate_context(app: &App, choice: &Choice, values: &Map<String, Value>) -> Value {
    let desk = &app.desk;
    let brands: Vec<Value> = desk
        .brands()
        .map(|b| serde_json::json!({"id": b.id.value, "name": b.name, "locales": b.locales}))
        .collect();
    let brand = choice
        .brand
        .clone()
        .filter(|b| !b.is_empty())
        .or_else(|| desk.brands().next().map(|b| b.id.value.clone()));
    let locales: Vec<String> = desk
        .brands()
        .find(|b| Some(&b.id.value) == brand.as_ref())
        .map(|b| b.locales.clone())
        .unwrap_or_default();
    let mut channels: Vec<String> = Vec::new();
    let mut prompts: Vec<Value> = Vec::new();
    for (id, entry) in &desk.registry.prompts {
        let Some(live) = entry
            .live_version()
            .or_else(|| entry.versions.keys().max().copied())
        else {
            continue;
        };
        let Some(v) = entry.versions.get(&live) else {
            continue;
        };
        let channel = v.file.channel.clone().unwrap_or_default();
        if !channel.is_empty() && !channels.contains(&channel) {
            channels.push(channel.clone());
        }
        if choice
            .channel
            .as_deref()
            .is_some_and(|c| !c.is_empty() && c != channel)
        {
            continue;
        }
        prompts.push(serde_json::json!({
            "id": id, "live": live, "channel": channel,
            "description": v.file.description.trim(),
            "versions": entry.versions.keys().collect::<Vec<_>>(),
        }));
    }
    let prompt = choice.prompt.clone().filter(|p| !p.is_empty()).or_else(|| {
        prompts
            .first()
            .and_then(|p| p["id"].as_str().map(str::to_string))
    });
    let version = prompt
        .as_deref()
        .and_then(|p| p.parse().ok())
        .and_then(|r| desk.prompt(&r).ok());
    let fields = version
        .as_ref()
        .map(|v| fields(&v.file.inputs, values))
        .unwrap_or_default();
    let locale = choice
        .locale
        .clone()
        .filter(|l| !l.is_empty())
        .or_else(|| {
            values
                .get("locale")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .or_else(|| brand.as_deref().and_then(|b| desk.default_locale(b)));
    json!({
        "brands": brands,
        "brand": brand,
        "channels": channels,
        "channel": choice.channel,
        "prompts": prompts,
        "prompt": prompt,
        "version": version.as_ref().map(|v| v.label()),
        "locales": locales,
        "locale": locale,
        "fields": fields,
    })
}

async fn generate_form(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Query(choice): Query<Choice>,
) -> Response {
    let f = frame(&headers, choice.lang.as_deref(), &who, "generate");
    let form = generate_context(&app, &choice, &Map::new());
    app.pages.render("generate.html", with(f, form))
}

/// A generation as the page shows it.
fn shown_context(app: &App, shown: &Shown) -> Value {
    let g = &shown.generated;
    let variants: Vec<Value> = g
        .variants
        .iter()
        .map(|v| {
            let findings: Vec<Value> = v
                .findings
                .iter()
                .filter_map(|f| serde_json::to_value(f).ok())
                .collect();
            let output = v.output.clone().unwrap_or(Value::String(v.raw.clone()));
            let routed = g.review.iter().find(|r| r.variant == v.index);
            let calls = g.calls_of(v);
            serde_json::json!({
                "index": v.index,
                "outcome": v.outcome.as_str(),
                "fields": marked(&output, &findings),
                "findings": findings,
                "item": routed.and_then(|r| r.item),
                "route": routed.map(|r| r.route),
                "cost": calls.iter().map(|c| app.desk.call_cost(c)).sum::<f64>(),
                "tokens": calls.iter().map(|c| u64::from(c.usage.prompt_tokens + c.usage.completion_tokens)).sum::<u64>(),
            })
        })
        .collect();
    let calls: Vec<Value> = g
        .calls
        .iter()
        .map(|c| {
            serde_json::json!({
                "profile": c.profile, "model": c.model, "cached": c.cached,
                "prompt_tokens": c.usage.prompt_tokens, "completion_tokens": c.usage.completion_tokens,
                "latency_ms": c.latency_ms.round(), "cost": app.desk.call_cost(c),
            })
        })
        .collect();
    serde_json::json!({
        "id": shown.id,
        "prompt": g.prompt,
        "outcome": g.outcome().as_str(),
        "variants": variants,
        "sources": g.sources,
        "calls": calls,
        "cost": g.calls.iter().map(|c| app.desk.call_cost(c)).sum::<f64>(),
        "blocked": g.blocked,
    })
}

async fn generate(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| form.get(k).cloned().filter(|v| !v.is_empty());
    let choice = Choice {
        brand: get("brand"),
        channel: get("channel"),
        prompt: get("prompt"),
        locale: get("locale"),
        lang: get("lang"),
    };
    let f = frame(&headers, choice.lang.as_deref(), &who, "generate");
    if let Err(e) = who.check_csrf(form.get("csrf").map(String::as_str).unwrap_or_default()) {
        return error_page(&app, f, &e);
    }
    let result = async {
        let prompt = choice
            .prompt
            .clone()
            .ok_or_else(|| ApiError::usage("choose a prompt"))?;
        let r = prompt
            .parse()
            .map_err(|e: String| ApiError::usage(format!("prompt {prompt}: {e}")))?;
        let version = app.desk.prompt(&r)?;
        let mut vars = vars_from(&version.file.inputs, &form);
        let props = &version.file.inputs["properties"];
        if let Some(l) = &choice.locale
            && props.get("locale").is_some()
        {
            vars.insert("locale".into(), Value::String(l.clone()));
        }
        if let Some(b) = &choice.brand
            && props.get("brand").is_some()
        {
            let name = app
                .desk
                .brands()
                .find(|x| &x.id.value == b)
                .map_or_else(|| b.clone(), |x| x.name.clone());
            vars.insert("brand".into(), Value::String(name));
        }
        let n = get("n")
            .and_then(|n| n.parse().ok())
            .unwrap_or(DEFAULT_VARIANTS);
        let req = GenerateBody {
            prompt: prompt.clone(),
            vars: vars.clone(),
            n,
            profile: None,
            brand: choice.brand.clone(),
            cache: None,
        }
        .request(&app)?;
        let brand = app.desk.brand(choice.brand.as_deref(), &vars)?;
        let generated = app.desk.run(req).await?;
        Ok::<_, ApiError>((
            app.keep(Shown {
                id: random_token()?,
                generated,
                prompt: version,
                brand,
            }),
            vars,
        ))
    }
    .await;
    match result {
        Ok((shown, vars)) => {
            let mut form_ctx = generate_context(&app, &choice, &vars);
            form_ctx["n"] = json!(
                get("n")
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(DEFAULT_VARIANTS)
            );
            let result = shown_context(&app, &shown);
            app.pages.render(
                "generate.html",
                with(with(f, form_ctx), json!({ "result": result })),
            )
        }
        Err(e) => {
            let mut form_ctx = generate_context(&app, &choice, &vars_from(&Value::Null, &form));
            form_ctx["n"] = json!(get("n").unwrap_or_default());
            app.pages.render(
                "generate.html",
                with(with(f, form_ctx), json!({ "error": e })),
            )
        }
    }
}

async fn send_to_review(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Path((shown, variant)): Path<(String, usize)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, None, &who, "generate");
    let result = (|| {
        who.check_csrf(form.get("csrf").map(String::as_str).unwrap_or_default())?;
        let shown = app.shown(&shown).ok_or_else(|| {
            ApiError::not_found("this generation is no longer kept: generate again")
        })?;
        let item = crate::state::blocking(|| {
            app.desk.submit(
                &shown.generated,
                &shown.prompt,
                shown.brand.as_deref(),
                variant,
                &who.reviewer,
            )
        })?;
        item.ok_or_else(|| ApiError::not_found(format!("no variant {variant}")))
    })();
    match result {
        Ok(item) => Redirect::to(&format!("/review/{item}")).into_response(),
        Err(e) => error_page(&app, f, &e),
    }
}

// ---------------------------------------------------------------- review

#[derive(Debug, Default, serde::Deserialize)]
struct ListQuery {
    state: Option<String>,
    prompt: Option<String>,
    brand: Option<String>,
    offset: Option<usize>,
    lang: Option<String>,
}

const PAGE: usize = 50;

async fn review_list(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Query(q): Query<ListQuery>,
) -> Response {
    let f = frame(&headers, q.lang.as_deref(), &who, "review");
    let listed = list_query(
        q.state.as_deref(),
        q.prompt.clone(),
        q.brand.clone(),
        Some(PAGE),
        q.offset,
    )
    .and_then(|(filter, window)| {
        crate::state::blocking(|| app.desk.queue().page(&filter, window)).map_err(ApiError::from)
    });
    let page = match listed {
        Ok(p) => p,
        Err(e) => return error_page(&app, f, &e),
    };
    let now = crate::clock::now_ms();
    let items: Vec<Value> = page
        .items
        .iter()
        .map(|i| {
            let mut v = serde_json::to_value(i).unwrap_or(Value::Null);
            v["age"] = Value::String(age(now - i.created_ms));
            v["preview"] = Value::String(preview(&i.text).chars().take(90).collect());
            v["held_by_other"] =
                Value::Bool(i.lease_holder.as_ref().is_some_and(|h| h != &who.reviewer));
            v
        })
        .collect();
    let offset = page.offset;
    app.pages.render(
        "review_list.html",
        with(
            f,
            json!({
                "items": items, "total": page.total, "offset": offset,
                "next": (offset + PAGE < page.total).then_some(offset + PAGE),
                "previous": (offset > 0).then(|| offset.saturating_sub(PAGE)),
                "state": q.state, "prompt": q.prompt, "brand": q.brand,
                "states": ["pending", "edited", "approved", "rejected"],
            }),
        ),
    )
}

/// An output's text as one line: its string fields joined.
fn preview(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => crate::guard::Subject::json(&v)
            .fields
            .iter()
            .map(|f| f.text.to_string())
            .collect::<Vec<_>>()
            .join(" · "),
        Err(_) => text.to_string(),
    }
}

async fn review_item(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, q.get("lang").map(String::as_str), &who, "review");
    let queue = app.desk.queue();
    let loaded = crate::state::blocking(|| {
        let item = queue.get(id)?;
        let revisions = queue.revisions(id)?;
        let events = queue.events(Some(id))?;
        // the open items before and after this one, for j/k
        let open = queue.page(
            &crate::review::queue::Filter::default(),
            crate::review::queue::Window {
                offset: 0,
                limit: usize::MAX,
                open_only: true,
            },
        )?;
        Ok::<_, ApiError>((item, revisions, events, open))
    });
    let (item, revisions, events, open) = match loaded {
        Ok(x) => x,
        Err(e) => return error_page(&app, f, &e),
    };
    let now = crate::clock::now_ms();
    let current = revisions.last();
    let findings: Vec<Value> = current
        .and_then(|r| r.findings.as_array().cloned())
        .unwrap_or_default();
    let text = current.map(|r| r.text.clone()).unwrap_or_default();
    let output = serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text.clone()));
    let editable_text = serde_json::to_string_pretty(&output).unwrap_or(text);
    let holder = item
        .lease_holder
        .clone()
        .filter(|_| item.lease_until_ms.is_some_and(|u| u > now));
    let minutes = item.lease_until_ms.map(|u| (u - now + 59_999) / 60_000);
    let position = open.items.iter().position(|i| i.id == id);
    let neighbour = |d: isize| {
        position
            .and_then(|p| p.checked_add_signed(d))
            .and_then(|p| open.items.get(p))
            .map(|i| i.id)
    };
    let events: Vec<Value> = events
        .iter()
        .map(|e| {
            let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
            v["when"] = Value::String(crate::clock::utc(e.time_ms));
            v
        })
        .collect();
    app.pages.render(
        "review_item.html",
        with(
            f,
            json!({
                "item": item,
                "age": age(now - item.created_ms),
                "fields": marked(&output, &findings),
                "findings": findings,
                "outcome": current.map(|r| r.outcome.clone()),
                "text": editable_text,
                "revisions": revisions,
                "events": events,
                "holder": holder,
                "minutes": minutes,
                "blocked": holder.as_ref().is_some_and(|h| h != &who.reviewer),
                "open": item.state.is_open(),
                "previous": neighbour(-1),
                "next": neighbour(1),
                "editing": q.contains_key("edit"),
                "error": q.get("error"),
                "vars": item.origin.lineage["vars"],
                "sources": item.origin.lineage["sources"],
                "calls": item.origin.lineage["calls"],
            }),
        ),
    )
}

async fn review_act(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, None, &who, "review");
    if let Err(e) = who.check_csrf(form.get("csrf").map(String::as_str).unwrap_or_default()) {
        return error_page(&app, f, &e);
    }
    let body = ActBody {
        comment: form.get("comment").cloned(),
        text: form.get("text").cloned(),
    };
    match act(&app, id, &action, &who.reviewer, body) {
        // after a decision, the next open item
        Ok(_) if action == "approve" || action == "reject" => match form.get("next") {
            Some(next) if next.parse::<i64>().is_ok() => {
                Redirect::to(&format!("/review/{next}")).into_response()
            }
            _ => Redirect::to("/review").into_response(),
        },
        Ok(_) => Redirect::to(&format!("/review/{id}")).into_response(),
        Err(e) if e.status == 409 || e.status == 400 => {
            Redirect::to(&format!("/review/{id}?error={}", url_escape(&e.message))).into_response()
        }
        Err(e) => error_page(&app, f, &e),
    }
}

/// Percent-encode a query value.
fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn review_bulk(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, None, &who, "review");
    if let Err(e) = who.check_csrf(form.get("csrf").map(String::as_str).unwrap_or_default()) {
        return error_page(&app, f, &e);
    }
    let mut ids: Vec<i64> = form
        .keys()
        .filter_map(|k| k.strip_prefix("id_")?.parse().ok())
        .collect();
    ids.sort_unstable();
    let mut refused = Vec::new();
    for id in ids {
        if let Err(e) = act(&app, id, "approve", &who.reviewer, ActBody::default()) {
            refused.push(e.message);
        }
    }
    if refused.is_empty() {
        Redirect::to("/review").into_response()
    } else {
        error_page(
            &app,
            f,
            &ApiError::new(StatusCode::CONFLICT, "conflict", refused.join("\n")),
        )
    }
}

// ---------------------------------------------------------------- costs

/// Days the cost chart shows, ending today.
const CHART_DAYS: i64 = 30;

/// Bars of an inline SVG chart: one per day of the last [`CHART_DAYS`] (UTC), height by cost.
fn day_chart(days: &[crate::cost::ledger::Total]) -> Value {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 160.0;
    let today = crate::clock::now_ms().div_euclid(86_400_000);
    let max = days.iter().map(|d| d.cost).fold(0.0_f64, f64::max);
    let slot = WIDTH / CHART_DAYS as f64;
    let bars: Vec<Value> = (0..CHART_DAYS)
        .map(|i| {
            let day_ms = (today - (CHART_DAYS - 1 - i)) * 86_400_000;
            let label: String = crate::clock::utc(day_ms).chars().take(10).collect();
            let total = days.iter().find(|d| d.group == label);
            let (cost, calls) = total.map_or((0.0, 0), |d| (d.cost, d.calls));
            let h = if max > 0.0 {
                cost / max * (HEIGHT - 20.0)
            } else {
                0.0
            };
            json!({
                "x": (i as f64 * slot + slot * 0.1).round(),
                "y": (HEIGHT - h).round(),
                "w": (slot * 0.8).max(1.0).round(),
                "h": h.round(),
                "day": label,
                "cost": cost,
                "calls": calls,
            })
        })
        .collect();
    json!({"width": WIDTH, "height": HEIGHT, "bars": bars, "max": max})
}

/// `part` of a cap in percent (of its cost where it caps cost, else of its tokens).
fn share(part: crate::cost::budget::Amount, cap: crate::cost::budget::Amount) -> f64 {
    let ratio = if cap.cost > 0.0 {
        part.cost / cap.cost
    } else if cap.tokens > 0 {
        part.tokens as f64 / cap.tokens as f64
    } else {
        0.0
    };
    (ratio * 100.0).clamp(0.0, 100.0).round()
}

async fn costs(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Extension(who): Extension<Identity>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let f = frame(&headers, q.get("lang").map(String::as_str), &who, "costs");
    let since = q.get("since").map(String::as_str);
    let loaded = (|| {
        Ok::<_, ApiError>((
            cost_totals(&app, Some("day"), since)?,
            cost_totals(&app, Some("prompt"), since)?,
            cost_totals(&app, Some("model"), since)?,
            budget_status(&app)?,
        ))
    })();
    let (days, prompts, models, budgets) = match loaded {
        Ok(x) => x,
        Err(e) => return error_page(&app, f, &e),
    };
    let budgets: Vec<Value> = budgets
        .iter()
        .map(|b| {
            let mut v = serde_json::to_value(b).unwrap_or(Value::Null);
            v["percent"] = share(b.spent, b.cap).into();
            v["held_percent"] = share(b.held, b.cap).into();
            v["by_cost"] = (b.cap.cost > 0.0).into();
            v
        })
        .collect();
    app.pages.render(
        "costs.html",
        with(
            f,
            json!({
                "chart": day_chart(&days),
                "days": days, "prompts": prompts, "models": models, "budgets": budgets,
                "since": since,
            }),
        ),
    )
}

//! The JSON API under `/api`, described by the OpenAPI document at `/api/openapi.json`
//! (generated from these handlers). Every route calls the same library the CLI does; errors
//! carry the CLI's classes and messages ([`ApiError`]).

use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::auth::Identity;
use super::{ApiError, App};
use crate::desk::{CacheMode, Request as DeskRequest};
use crate::review::State as ReviewState;
use crate::review::queue::{Filter, Page, Window};

/// A JSON body: malformed JSON, a wrong type or an unknown field is a 400 with serde's
/// message; too large a body is a 413.
#[derive(Debug)]
pub struct Body<T>(pub T);

impl<S: Send + Sync, T> FromRequest<S> for Body<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Body(v)),
            Err(e) => {
                let status = match e.status().as_u16() {
                    413 => e.status(),
                    415 => e.status(),
                    _ => axum::http::StatusCode::BAD_REQUEST,
                };
                Err(ApiError::new(status, "usage", e.body_text()))
            }
        }
    }
}

/// Query parameters: a bad one is a 400 with its name.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<S: Send + Sync, T> FromRequestParts<S> for Params<T>
where
    axum::extract::Query<T>: FromRequestParts<S, Rejection = QueryRejection>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Params(q.0))
            .map_err(|e| ApiError::usage(e.body_text()))
    }
}

type Answer<T> = Result<Json<T>, ApiError>;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/health", get(health))
        .route("/api/prompts", get(prompts))
        .route("/api/prompts/{prompt}", get(prompt))
        .route("/api/prompts/{prompt}/render", post(render))
        .route("/api/generate", post(generate))
        .route("/api/review", get(review_list))
        .route("/api/review/stats", get(review_stats))
        .route("/api/review/export", get(review_export))
        .route("/api/review/{id}", get(review_show))
        .route("/api/review/{id}/{action}", post(review_act))
        .route("/api/search", get(search))
        .route("/api/costs", get(costs))
        .route("/api/budgets", get(budgets))
        .route("/api/batch", get(batch_runs))
        .route("/api/batch/{run}", get(batch_run))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "copydesk",
        description = "Brand-safe marketing copy: generate variants through the guard chain, work the review queue, read costs and budgets. Loopback needs no token; other binds need `Authorization: Bearer TOKEN` (name the reviewer with `X-Copydesk-Reviewer`)."
    ),
    paths(
        health,
        prompts,
        prompt,
        render,
        generate,
        review_list,
        review_stats,
        review_export,
        review_show,
        review_act,
        search,
        costs,
        budgets,
        batch_runs,
        batch_run
    ),
    components(schemas(
        ApiError,
        Health,
        GenerateBody,
        RenderBody,
        ActBody,
        Acted,
        ReviewState
    ))
)]
struct Doc;

/// The OpenAPI document of this API.
pub fn document() -> utoipa::openapi::OpenApi {
    Doc::openapi()
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(document())
}

#[derive(Debug, Serialize, ToSchema)]
struct Health {
    status: &'static str,
    version: &'static str,
    brands: Vec<String>,
    prompts: usize,
}

/// Whether the server is up, with what it serves.
#[utoipa::path(get, path = "/api/health", responses((status = 200, body = Health)))]
async fn health(State(app): State<Arc<App>>) -> Json<Health> {
    Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        brands: app.desk.brands().map(|b| b.id.value.clone()).collect(),
        prompts: app.desk.registry.prompts.len(),
    })
}

/// Every prompt: versions, the live one, problems.
#[utoipa::path(get, path = "/api/prompts", responses((status = 200, body = Value)))]
async fn prompts(State(app): State<Arc<App>>) -> Json<Value> {
    let rows: Vec<Value> = app
        .desk
        .registry
        .prompts
        .iter()
        .map(|(id, e)| {
            let live = e.live_version();
            json!({
                "id": id,
                "versions": e.versions.keys().collect::<Vec<_>>(),
                "live": live,
                "channel": live.and_then(|v| e.versions.get(&v)).and_then(|v| v.file.channel.clone()),
                "description": live.and_then(|v| e.versions.get(&v)).map(|v| v.file.description.trim().to_string()),
                "problems": e.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            })
        })
        .collect();
    Json(Value::Array(rows))
}

/// One prompt version (`ID` is the live one, `ID@N` a version): its inputs, output schema and file.
#[utoipa::path(get, path = "/api/prompts/{prompt}", params(("prompt" = String, Path, description = "ID or ID@N")),
    responses((status = 200, body = Value), (status = 404, body = ApiError)))]
async fn prompt(State(app): State<Arc<App>>, Path(reference): Path<String>) -> Answer<Value> {
    let v = resolve(&app, &reference)?;
    let entry = app.desk.registry.prompts.get(v.id());
    Ok(Json(json!({
        "id": v.id(),
        "version": v.version(),
        "label": v.label(),
        "hash": v.hash,
        "description": v.file.description.trim(),
        "channel": v.file.channel,
        "released": entry.is_some_and(|e| e.is_released(v.version())),
        "live": entry.and_then(|e| e.live_version()) == Some(v.version()),
        "inputs": v.file.inputs,
        "output": v.file.output,
        "source": v.source,
    })))
}

fn resolve(app: &App, reference: &str) -> Result<Arc<crate::prompt::PromptVersion>, ApiError> {
    let r = reference
        .parse()
        .map_err(|e: String| ApiError::usage(format!("prompt {reference}: {e}")))?;
    Ok(app.desk.prompt(&r)?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RenderBody {
    #[serde(default)]
    #[schema(value_type = Object)]
    vars: Map<String, Value>,
    #[serde(default = "one")]
    n: usize,
}

fn one() -> usize {
    1
}

/// The messages a prompt version would send for these vars (personal data pseudonymised).
#[utoipa::path(post, path = "/api/prompts/{prompt}/render", request_body = RenderBody,
    params(("prompt" = String, Path, description = "ID or ID@N")),
    responses((status = 200, body = Value), (status = 400, body = ApiError)))]
async fn render(
    State(app): State<Arc<App>>,
    Path(reference): Path<String>,
    Body(body): Body<RenderBody>,
) -> Answer<Value> {
    let v = resolve(&app, &reference)?;
    let messages = v
        .render(&body.vars, body.n.max(1))
        .map_err(|e| ApiError::from(crate::pipeline::PipelineError::from(e)))?;
    Ok(Json(serde_json::to_value(messages).unwrap_or(Value::Null)))
}

/// A generate request: the CLI's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GenerateBody {
    /// `ID` (the live version) or `ID@N`.
    pub prompt: String,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub vars: Map<String, Value>,
    /// Variants wanted (1–20).
    #[serde(default = "one")]
    pub n: usize,
    /// That profile alone.
    #[serde(default)]
    pub profile: Option<String>,
    /// Brand id or name (default: the vars' brand, else the only one).
    #[serde(default)]
    pub brand: Option<String>,
    /// `use` (default), `refresh` or `off`.
    #[serde(default)]
    pub cache: Option<String>,
}

/// The largest `n` one request may ask for.
pub const MAX_VARIANTS: usize = 20;

impl GenerateBody {
    /// The desk's request.
    pub fn request(self, app: &App) -> Result<DeskRequest, ApiError> {
        if self.n == 0 || self.n > MAX_VARIANTS {
            return Err(ApiError::usage(format!(
                "n must be between 1 and {MAX_VARIANTS}"
            )));
        }
        let cache = match self.cache.as_deref() {
            None | Some("use") => CacheMode::Use,
            Some("refresh") => CacheMode::Refresh,
            Some("off") => CacheMode::Off,
            Some(other) => {
                return Err(ApiError::usage(format!(
                    "cache '{other}' is not one of use, refresh, off"
                )));
            }
        };
        if let Some(p) = &self.profile
            && !app.desk.config.profiles.contains_key(p)
        {
            return Err(ApiError::usage(format!(
                "no profile '{p}' in copydesk.yaml"
            )));
        }
        let mut req = DeskRequest::new(resolve(app, &self.prompt)?, self.vars, self.n);
        req.profile = self.profile;
        req.brand = self.brand;
        req.cache = cache;
        Ok(req)
    }
}

/// Render, retrieve, generate, guard and route: the variants with their outcome, findings,
/// sources, calls (tokens, cost, latency) and where review put them.
#[utoipa::path(post, path = "/api/generate", request_body = GenerateBody,
    responses((status = 200, body = Value), (status = 400, body = ApiError), (status = 402, body = ApiError),
              (status = 502, body = ApiError)))]
async fn generate(State(app): State<Arc<App>>, Body(body): Body<GenerateBody>) -> Answer<Value> {
    let req = body.request(&app)?;
    let generated = app.desk.run(req).await?;
    Ok(Json(
        serde_json::to_value(&generated).unwrap_or(Value::Null),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
struct ListParams {
    /// pending, edited, approved or rejected (default: the open ones).
    state: Option<String>,
    /// A prompt id, or `id@N`.
    prompt: Option<String>,
    brand: Option<String>,
    /// At most this many (default 50, at most 500).
    limit: Option<usize>,
    offset: Option<usize>,
}

/// The largest page of the review list.
const MAX_PAGE: usize = 500;

/// A filter and window from list parameters.
pub fn list_query(
    state: Option<&str>,
    prompt: Option<String>,
    brand: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
) -> Result<(Filter, Window), ApiError> {
    let state = state
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<ReviewState>())
        .transpose()
        .map_err(|e| ApiError::usage(format!("state: {e}")))?;
    let limit = limit.unwrap_or(50);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::usage(format!(
            "limit must be between 1 and {MAX_PAGE}"
        )));
    }
    Ok((
        Filter {
            state,
            prompt: prompt.filter(|p| !p.is_empty()),
            brand: brand.filter(|b| !b.is_empty()),
        },
        Window {
            offset: offset.unwrap_or(0),
            limit,
            open_only: true,
        },
    ))
}

/// Review items, oldest first, with their current text (one page).
#[utoipa::path(get, path = "/api/review", params(ListParams),
    responses((status = 200, body = Value), (status = 400, body = ApiError)))]
async fn review_list(State(app): State<Arc<App>>, Params(p): Params<ListParams>) -> Answer<Page> {
    let (filter, window) = list_query(p.state.as_deref(), p.prompt, p.brand, p.limit, p.offset)?;
    let page = crate::state::blocking(|| app.desk.queue().page(&filter, window))?;
    Ok(Json(page))
}

/// Queue size and age, approval rates per prompt version and per rule.
#[utoipa::path(get, path = "/api/review/stats", responses((status = 200, body = Value)))]
async fn review_stats(State(app): State<Arc<App>>) -> Answer<crate::review::stats::Stats> {
    Ok(Json(crate::state::blocking(|| {
        crate::review::stats::stats(app.desk.queue())
    })?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
struct ExportParams {
    /// approved (default) or rejected.
    state: Option<String>,
    /// jsonl (default: with reviewer and time) or csv (the channel's upload columns).
    format: Option<String>,
    prompt: Option<String>,
}

/// Decided items for upload, as `copydesk review export` writes them.
#[utoipa::path(get, path = "/api/review/export", params(ExportParams),
    responses((status = 200, description = "JSON lines or CSV", body = String), (status = 400, body = ApiError)))]
async fn review_export(
    State(app): State<Arc<App>>,
    Params(p): Params<ExportParams>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let state: ReviewState = p
        .state
        .as_deref()
        .unwrap_or("approved")
        .parse()
        .map_err(|e| ApiError::usage(format!("state: {e}")))?;
    let queue = app.desk.queue();
    let prompt = p.prompt.as_deref().filter(|p| !p.is_empty());
    let (kind, name, text) = match p.format.as_deref().unwrap_or("jsonl") {
        "jsonl" => (
            "application/x-ndjson",
            "jsonl",
            crate::state::blocking(|| crate::review::export::jsonl(queue, state, prompt))?,
        ),
        "csv" => (
            "text/csv; charset=utf-8",
            "csv",
            crate::state::blocking(|| crate::review::export::csv(queue, state, prompt))?,
        ),
        other => {
            return Err(ApiError::usage(format!(
                "format '{other}' is not one of jsonl, csv"
            )));
        }
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, kind.to_string()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"copydesk-{}.{name}\"",
                    state.as_str()
                ),
            ),
        ],
        text,
    )
        .into_response())
}

/// One item with its lineage, every revision and its history.
#[utoipa::path(get, path = "/api/review/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Value), (status = 404, body = ApiError)))]
async fn review_show(State(app): State<Arc<App>>, Path(id): Path<i64>) -> Answer<Value> {
    let queue = app.desk.queue();
    let (item, revisions, events) = crate::state::blocking(|| {
        Ok::<_, ApiError>((
            queue.get(id)?,
            queue.revisions(id)?,
            queue.events(Some(id))?,
        ))
    })?;
    Ok(Json(
        json!({"item": item, "revisions": revisions, "events": events}),
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActBody {
    /// Why (kept in the audit trail).
    #[serde(default)]
    pub comment: Option<String>,
    /// The new text (`edit` only).
    #[serde(default)]
    pub text: Option<String>,
}

/// What an action did.
#[derive(Debug, Serialize, ToSchema)]
pub struct Acted {
    pub id: i64,
    pub action: String,
    pub state: ReviewState,
    pub revision: i64,
    /// `edit`: the guard chain's outcome and findings on the new text.
    #[schema(value_type = Object)]
    pub edited: Option<Value>,
}

/// Act on an item as the caller: the queue's state machine and leases apply.
pub fn act(app: &App, id: i64, action: &str, who: &str, body: ActBody) -> Result<Acted, ApiError> {
    let queue = app.desk.queue();
    let comment = body.comment.as_deref().filter(|c| !c.trim().is_empty());
    let mut edited = None;
    crate::state::blocking(|| {
        match action {
            "claim" => queue.claim(id, who)?,
            "release" => queue.release(id, who)?,
            "approve" => {
                queue.decide(id, who, true, comment)?;
            }
            "reject" => {
                queue.decide(id, who, false, comment)?;
            }
            "edit" => {
                let text = body
                    .text
                    .as_deref()
                    .ok_or_else(|| ApiError::usage("an edit needs the new text"))?;
                let item = queue.get(id)?;
                let prompt = resolve(app, &item.origin.prompt)?;
                let chain = app.desk.chain(item.origin.brand.as_deref())?;
                let e = crate::review::edit::edit(queue, &chain, &prompt, id, who, text, comment)?;
                edited = Some(serde_json::to_value(&e).unwrap_or(Value::Null));
            }
            other => {
                return Err(ApiError::not_found(format!(
                    "no action '{other}': claim, release, approve, reject or edit"
                )));
            }
        }
        let item = queue.get(id)?;
        Ok(Acted {
            id,
            action: action.to_string(),
            state: item.state,
            revision: item.revision,
            edited,
        })
    })
}

/// claim, release, approve, reject or edit an item (as the logged-in reviewer, or the one the
/// `X-Copydesk-Reviewer` header names).
#[utoipa::path(post, path = "/api/review/{id}/{action}", request_body = ActBody,
    params(("id" = i64, Path), ("action" = String, Path, description = "claim, release, approve, reject or edit")),
    responses((status = 200, body = Acted), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
async fn review_act(
    State(app): State<Arc<App>>,
    Extension(who): Extension<Identity>,
    Path((id, action)): Path<(i64, String)>,
    body: axum::body::Bytes,
) -> Answer<Acted> {
    // an empty body is no comment; anything else is JSON
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        ActBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::usage(format!(
                "Failed to deserialize the JSON body into the target type: {e}"
            ))
        })?
    };
    Ok(Json(act(&app, id, &action, &who.reviewer, body)?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
struct SearchParams {
    brand: String,
    q: String,
    /// Results (default 5, at most 50).
    k: Option<usize>,
    locale: Option<String>,
}

/// The brand's knowledge: the best chunks for a query (hybrid), with source and score.
#[utoipa::path(get, path = "/api/search", params(SearchParams),
    responses((status = 200, body = Value), (status = 400, body = ApiError)))]
async fn search(State(app): State<Arc<App>>, Params(p): Params<SearchParams>) -> Answer<Value> {
    let k = p.k.unwrap_or(5);
    if k == 0 || k > 50 {
        return Err(ApiError::usage("k must be between 1 and 50"));
    }
    let brand = app
        .desk
        .brand(Some(&p.brand), &Map::new())?
        .ok_or_else(|| ApiError::usage("name a brand"))?;
    let hits = crate::state::blocking(|| {
        let retriever = app.desk.retriever(&brand)?;
        retriever
            .retrieve(&p.q, p.locale.clone(), None, Vec::new(), k)
            .map_err(|e| ApiError::state(e.to_string()))
    })?;
    Ok(Json(Value::Array(
        hits.into_iter()
            .map(|h| {
                json!({"id": h.id, "source": h.chunk.source(), "score": h.score,
                       "locale": h.chunk.locale, "text": h.chunk.text})
            })
            .collect(),
    )))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
struct CostParams {
    /// prompt (default), model, profile, day, brand or run.
    by: Option<String>,
    /// Only calls on or after this day (YYYY-MM-DD, UTC).
    since: Option<String>,
}

/// The usage ledger summed per group: calls, cache hits, failures, tokens, cost.
pub fn cost_totals(
    app: &App,
    by: Option<&str>,
    since: Option<&str>,
) -> Result<Vec<crate::cost::ledger::Total>, ApiError> {
    let by = by
        .unwrap_or("prompt")
        .parse()
        .map_err(|e| ApiError::usage(format!("by: {e}")))?;
    let since_ms = since
        .filter(|s| !s.is_empty())
        .map(|day| {
            crate::clock::day_start_ms(day)
                .ok_or_else(|| ApiError::usage(format!("since {day}: expected YYYY-MM-DD")))
        })
        .transpose()?;
    crate::state::blocking(|| app.desk.ledger.totals(by, since_ms)).map_err(ApiError::state)
}

#[utoipa::path(get, path = "/api/costs", params(CostParams),
    responses((status = 200, body = Value), (status = 400, body = ApiError)))]
async fn costs(State(app): State<Arc<App>>, Params(p): Params<CostParams>) -> Answer<Value> {
    let totals = cost_totals(&app, p.by.as_deref(), p.since.as_deref())?;
    Ok(Json(serde_json::to_value(totals).unwrap_or(Value::Null)))
}

/// Every budget's counter: spent, held by calls in flight, cap.
pub fn budget_status(app: &App) -> Result<Vec<crate::cost::budget::Status>, ApiError> {
    match &app.desk.budgets {
        Some(b) => crate::state::blocking(|| b.status()).map_err(ApiError::state),
        None => Ok(Vec::new()),
    }
}

#[utoipa::path(get, path = "/api/budgets", responses((status = 200, body = Value)))]
async fn budgets(State(app): State<Arc<App>>) -> Answer<Value> {
    Ok(Json(
        serde_json::to_value(budget_status(&app)?).unwrap_or(Value::Null),
    ))
}

fn runs(
    app: &App,
    run: Option<&str>,
) -> Result<Vec<crate::batch::checkpoint::RunStatus>, ApiError> {
    crate::state::blocking(|| {
        crate::batch::checkpoint::Checkpoints::open(&app.desk.state_db())
            .and_then(|c| c.status(run))
            .map_err(ApiError::state)
    })
}

/// Every batch run, newest first: rows done, failed, dead-lettered, cost, state.
#[utoipa::path(get, path = "/api/batch", responses((status = 200, body = Value)))]
async fn batch_runs(State(app): State<Arc<App>>) -> Answer<Value> {
    Ok(Json(
        serde_json::to_value(runs(&app, None)?).unwrap_or(Value::Null),
    ))
}

/// One batch run.
#[utoipa::path(get, path = "/api/batch/{run}", params(("run" = String, Path)),
    responses((status = 200, body = Value), (status = 404, body = ApiError)))]
async fn batch_run(State(app): State<Arc<App>>, Path(run): Path<String>) -> Answer<Value> {
    let mut found = runs(&app, Some(&run))?;
    match found.pop() {
        Some(r) => Ok(Json(serde_json::to_value(r).unwrap_or(Value::Null))),
        None => Err(ApiError::not_found(format!("no batch run '{run}'"))),
    }
}

//! `copydesk serve`: the JSON API and the marketers' pages in one process, on the same
//! [`Desk`] as every other front door — the same pipeline, state database, guard chains and
//! review queue as the CLI.
//!
//! Who may do what: on a loopback address nobody needs a token (the machine's user is the
//! reviewer, `--reviewer`); any other address refuses to start without a token, taken from the
//! environment, and then every request needs it — `Authorization: Bearer`, or the login form,
//! which sets an HttpOnly, SameSite=Strict session cookie. Pages' state-changing forms carry
//! the session's CSRF token; API calls made with the cookie carry it in `X-CSRF-Token`; a
//! request whose `Origin` is another site is refused. Request bodies are limited in size.

mod api;
mod auth;
mod pages;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::desk::Desk;
use crate::lineage::Generated;
use crate::pipeline::{Disposition, PipelineError};
use crate::prompt::PromptVersion;
use crate::review::edit::EditError;
use crate::review::queue::QueueError;

pub use auth::check_bind;

/// How the server is started.
#[derive(Debug, Clone)]
pub struct Options {
    pub bind: SocketAddr,
    /// The token every request must carry (required off loopback).
    pub token: Option<String>,
    /// Who decides on loopback without a login.
    pub reviewer: String,
}

/// Largest request body: a generate request's vars or an edited ad, with room to spare.
pub const MAX_BODY: usize = 256 * 1024;

/// Generations the page keeps so a variant can be sent to review afterwards.
const KEPT_GENERATIONS: usize = 64;

/// A generation the page showed: what sending one of its variants to review needs.
#[derive(Debug)]
struct Shown {
    id: String,
    generated: Generated,
    prompt: Arc<PromptVersion>,
    brand: Option<String>,
}

/// What every handler shares.
pub struct App {
    desk: Arc<Desk>,
    auth: auth::Auth,
    pages: pages::Pages,
    shown: Mutex<VecDeque<Arc<Shown>>>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("desk", &self.desk).finish()
    }
}

impl App {
    fn keep(&self, shown: Shown) -> Arc<Shown> {
        let shown = Arc::new(shown);
        let mut kept = self.shown.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.len() == KEPT_GENERATIONS {
            kept.pop_front();
        }
        kept.push_back(Arc::clone(&shown));
        shown
    }

    fn shown(&self, id: &str) -> Option<Arc<Shown>> {
        self.shown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|s| s.id == id)
            .cloned()
    }
}

/// The whole application: pages, API, static files, behind the auth layer.
pub fn router(desk: Arc<Desk>, options: &Options) -> Router {
    let app = Arc::new(App {
        desk,
        auth: auth::Auth::new(options.token.clone(), options.reviewer.clone()),
        pages: pages::Pages::new(),
        shown: Mutex::new(VecDeque::new()),
    });
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&app),
            auth::gate,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(app)
}

/// A running server: its address, and how to stop it.
#[derive(Debug)]
pub struct Running {
    pub addr: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Stop accepting, finish the requests in flight, return.
    pub async fn stop(self) -> std::io::Result<()> {
        let _ = self.stop.send(());
        self.task
            .await
            .unwrap_or_else(|e| Err(std::io::Error::other(e)))
    }

    /// Serve until the process is interrupted (Ctrl-C), then stop gracefully.
    pub async fn until_interrupted(self) -> std::io::Result<()> {
        let _ = tokio::signal::ctrl_c().await;
        self.stop().await
    }
}

/// Check the bind rules, bind, and serve in the background.
pub async fn start(desk: Arc<Desk>, options: Options) -> Result<Running, String> {
    check_bind(&options.bind, options.token.as_deref())?;
    let listener = tokio::net::TcpListener::bind(options.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", options.bind))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = router(desk, &options);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(Running { addr, stop, task })
}

/// An error as the API answers it: the HTTP status, the class the CLI's exit codes follow
/// (`usage`, `not-found`, `conflict`, `provider`, `budget`, `state`, `auth`), and the same
/// message the CLI prints.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApiError {
    #[serde(skip)]
    pub status: u16,
    pub class: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, class: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: status.as_u16(),
            class,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "usage", message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", message)
    }

    pub fn state(message: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "state",
            message.to_string(),
        )
    }

    fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status(),
            axum::Json(serde_json::json!({ "error": self })),
        )
            .into_response()
    }
}

impl From<QueueError> for ApiError {
    fn from(e: QueueError) -> Self {
        match &e {
            QueueError::NotFound(_) => Self::not_found(e.to_string()),
            QueueError::Illegal { .. } | QueueError::Leased { .. } => {
                Self::new(StatusCode::CONFLICT, "conflict", e.to_string())
            }
            QueueError::Db(_) => Self::state(e),
        }
    }
}

impl From<EditError> for ApiError {
    fn from(e: EditError) -> Self {
        match e {
            EditError::Queue(q) => q.into(),
            other => Self::usage(other.to_string()),
        }
    }
}

impl From<PipelineError> for ApiError {
    fn from(e: PipelineError) -> Self {
        let message = e.to_string();
        if e.is_budget_exhausted() {
            return Self::new(StatusCode::PAYMENT_REQUIRED, "budget", message);
        }
        match e.disposition() {
            Disposition::Retry => Self::new(StatusCode::BAD_GATEWAY, "provider", message),
            Disposition::Skip => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "skip", message),
            Disposition::Usage => Self::usage(message),
            Disposition::Abort => Self::state(message),
        }
    }
}

impl From<crate::prompt::RegistryError> for ApiError {
    fn from(e: crate::prompt::RegistryError) -> Self {
        Self::not_found(e.to_string())
    }
}

/// A new random token (sessions, CSRF, generation ids): 128 bits from the OS, as hex.
fn random_token() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| ApiError::state(format!("no random numbers from the system: {e}")))?;
    Ok(hex::encode(bytes))
}

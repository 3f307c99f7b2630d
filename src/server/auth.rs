//! Who is asking: the bind rules, the token, sessions with their CSRF tokens, and the layer that
//! puts an [`Identity`] on every request (or refuses it).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::{ApiError, App, random_token};

/// The session cookie's name.
pub const COOKIE: &str = "copydesk_session";
/// The header that carries the CSRF token of API calls made with the session cookie.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The header that names the reviewer of a call made with the bearer token.
pub const REVIEWER_HEADER: &str = "x-copydesk-reviewer";
/// Sessions kept at most (the oldest go first).
const MAX_SESSIONS: usize = 10_000;

/// Refuse to serve beyond this machine without a token.
pub fn check_bind(bind: &SocketAddr, token: Option<&str>) -> Result<(), String> {
    if bind.ip().is_loopback() || token.is_some_and(|t| !t.is_empty()) {
        return Ok(());
    }
    Err(format!(
        "{bind} is reachable from other machines: serve it with a token (--token-env VAR, the token in that environment variable), or bind 127.0.0.1"
    ))
}

/// A browser's login.
#[derive(Debug)]
pub struct Session {
    pub reviewer: String,
    pub csrf: String,
    created: u64,
}

/// Who made a request.
#[derive(Debug, Clone)]
pub struct Identity {
    pub reviewer: String,
    /// The session's CSRF token (`None`: a bearer-token or cookieless call).
    pub csrf: Option<String>,
}

impl Identity {
    /// Check a form's CSRF token against the session's.
    pub fn check_csrf(&self, sent: &str) -> Result<(), ApiError> {
        match &self.csrf {
            Some(c) if same(c, sent) => Ok(()),
            _ => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "auth",
                "the form's CSRF token is missing or stale: reload the page and try again",
            )),
        }
    }
}

/// The token, the default reviewer and the sessions.
#[derive(Debug)]
pub struct Auth {
    token: Option<String>,
    reviewer: String,
    sessions: Mutex<HashMap<String, Arc<Session>>>,
    counter: Mutex<u64>,
}

/// Compare secrets in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    blake3::hash(a.as_bytes()) == blake3::hash(b.as_bytes())
}

impl Auth {
    pub fn new(token: Option<String>, reviewer: String) -> Self {
        Self {
            token: token.filter(|t| !t.is_empty()),
            reviewer,
            sessions: Mutex::new(HashMap::new()),
            counter: Mutex::new(0),
        }
    }

    /// Whether requests need the token.
    pub fn required(&self) -> bool {
        self.token.is_some()
    }

    /// Whether `sent` is the token.
    pub fn accepts(&self, sent: &str) -> bool {
        self.token.as_deref().is_some_and(|t| same(t, sent))
    }

    /// A new session for `reviewer`: its id (the cookie's value).
    pub fn open(&self, reviewer: &str) -> Result<(String, Arc<Session>), ApiError> {
        let id = random_token()?;
        let created = {
            let mut c = self.counter.lock().unwrap_or_else(PoisonError::into_inner);
            *c += 1;
            *c
        };
        let session = Arc::new(Session {
            reviewer: reviewer.to_string(),
            csrf: random_token()?,
            created,
        });
        let mut sessions = self.sessions.lock().unwrap_or_else(PoisonError::into_inner);
        if sessions.len() >= MAX_SESSIONS
            && let Some(oldest) = sessions
                .iter()
                .min_by_key(|(_, s)| s.created)
                .map(|(k, _)| k.clone())
        {
            sessions.remove(&oldest);
        }
        sessions.insert(id.clone(), Arc::clone(&session));
        Ok((id, session))
    }

    pub fn close(&self, id: &str) {
        self.sessions
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(id);
    }

    fn session(&self, id: &str) -> Option<Arc<Session>> {
        self.sessions
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(id)
            .cloned()
    }
}

/// The session cookie's value in a request.
pub fn session_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

/// `Set-Cookie` for a session (`None`: one that ends it).
pub fn cookie(id: Option<&str>) -> HeaderValue {
    let value = match id {
        Some(id) => format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict"),
        None => format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    };
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// A state-changing request from a page of another site.
fn foreign_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map_or(origin, |(_, rest)| rest)
        .trim_end_matches('/');
    origin == "null" || origin_host != host
}

/// The reviewer an API call names, else `default`.
fn named(headers: &HeaderMap, default: &str) -> String {
    headers
        .get(REVIEWER_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .unwrap_or(default)
        .to_string()
}

fn json_body(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"))
}

fn unsafe_method(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Paths anyone may load: the login form, static files, the health check.
fn public(path: &str) -> bool {
    path == "/login" || path.starts_with("/static/") || path == "/api/health"
}

/// The layer: an [`Identity`] on every request it lets through.
pub async fn gate(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let auth = &app.auth;
    let path = req.uri().path().to_string();
    let api = path.starts_with("/api/");
    let changes = unsafe_method(req.method());
    if changes && foreign_origin(req.headers()) {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "auth",
            "a request from another site's page is refused",
        )
        .into_response();
    }
    if let Some(sent) = bearer(req.headers()) {
        if auth.required() && !auth.accepts(sent) {
            return unauthorised();
        }
        let reviewer = named(req.headers(), &auth.reviewer);
        req.extensions_mut().insert(Identity {
            reviewer,
            csrf: None,
        });
        return next.run(req).await;
    }
    if let Some(session) = session_id(req.headers()).and_then(|id| auth.session(&id)) {
        if changes && api {
            let sent = req
                .headers()
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if !same(sent, &session.csrf) {
                return ApiError::new(
                    StatusCode::FORBIDDEN,
                    "auth",
                    "calls made with the session cookie carry its CSRF token in X-CSRF-Token",
                )
                .into_response();
            }
        }
        req.extensions_mut().insert(Identity {
            reviewer: session.reviewer.clone(),
            csrf: Some(session.csrf.clone()),
        });
        return next.run(req).await;
    }
    if auth.required() {
        if public(&path) {
            req.extensions_mut().insert(Identity {
                reviewer: String::new(),
                csrf: None,
            });
            return next.run(req).await;
        }
        return if api {
            unauthorised()
        } else {
            Redirect::to("/login").into_response()
        };
    }
    // loopback without a token: API callers need nothing but a JSON content type on changes
    // (which no page of another site can send without asking first); a browser gets a session
    // (and with it the CSRF token its forms carry) on its first page
    if api && changes && !json_body(req.headers()) {
        return ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "usage",
            "API calls that change something send Content-Type: application/json",
        )
        .into_response();
    }
    if api || changes || path.starts_with("/static/") {
        let reviewer = named(req.headers(), &auth.reviewer);
        req.extensions_mut().insert(Identity {
            reviewer,
            csrf: None,
        });
        return next.run(req).await;
    }
    let (id, session) = match auth.open(&auth.reviewer) {
        Ok(s) => s,
        Err(e) => return e.into_response(),
    };
    req.extensions_mut().insert(Identity {
        reviewer: session.reviewer.clone(),
        csrf: Some(session.csrf.clone()),
    });
    let mut response = next.run(req).await;
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookie(Some(&id)));
    response
}

fn unauthorised() -> Response {
    let mut r = ApiError::new(
        StatusCode::UNAUTHORIZED,
        "auth",
        "this server needs its token: Authorization: Bearer TOKEN, or log in at /login",
    )
    .into_response();
    r.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    r
}

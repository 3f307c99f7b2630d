//! Client-side limits per profile: requests in flight (`max_concurrency`), requests per minute
//! and tokens per minute (GCRA rate limiters from `governor`). A call waits for room instead of
//! being refused by the provider. The limits of a profile are shared by every client of it in
//! the process, so concurrent requests and batch rows draw on one allowance.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, LazyLock, Mutex};

use futures::future::BoxFuture;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use tokio::sync::Semaphore;

use super::{ChatRequest, ChatResponse, LlmClient, LlmError, TokenSink};
use crate::config::Profile;
use crate::cost::tokens::Counter;

/// One profile's allowances.
struct Limits {
    in_flight: Semaphore,
    requests: Option<DefaultDirectRateLimiter>,
    tokens: Option<(DefaultDirectRateLimiter, NonZeroU32, Counter)>,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("in_flight", &self.in_flight.available_permits())
            .field("requests", &self.requests.is_some())
            .field("tokens", &self.tokens.as_ref().map(|t| t.1))
            .finish()
    }
}

/// A profile's name and its limit settings.
type LimitsKey = (String, String);

/// Limits by profile, for the whole process.
static LIMITS: LazyLock<Mutex<HashMap<LimitsKey, Arc<Limits>>>> = LazyLock::new(Default::default);

fn limits_for(name: &str, profile: &Profile) -> Arc<Limits> {
    let key = (
        name.to_string(),
        format!(
            "{} {:?} {:?}",
            profile.max_concurrency, profile.requests_per_minute, profile.tokens_per_minute
        ),
    );
    let build = || {
        Arc::new(Limits {
            in_flight: Semaphore::new(profile.max_concurrency.max(1)),
            requests: profile
                .requests_per_minute
                .and_then(NonZeroU32::new)
                .map(|n| RateLimiter::direct(Quota::per_minute(n))),
            tokens: profile
                .tokens_per_minute
                .and_then(NonZeroU32::new)
                .map(|n| {
                    (
                        RateLimiter::direct(Quota::per_minute(n)),
                        n,
                        Counter::for_profile(profile),
                    )
                }),
        })
    };
    match LIMITS.lock() {
        Ok(mut map) => Arc::clone(map.entry(key).or_insert_with(build)),
        Err(_) => build(),
    }
}

/// A client whose calls wait for their profile's limits.
pub struct Limited {
    inner: Arc<dyn LlmClient>,
    limits: Arc<Limits>,
}

impl std::fmt::Debug for Limited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limited")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Limited {
    /// `inner` under the limits of profile `name`.
    pub fn new(inner: Arc<dyn LlmClient>, name: &str, profile: &Profile) -> Self {
        Self {
            inner,
            limits: limits_for(name, profile),
        }
    }
}

impl LlmClient for Limited {
    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_token: Option<TokenSink>,
    ) -> BoxFuture<'a, Result<ChatResponse, LlmError>> {
        Box::pin(async move {
            let _permit = self
                .limits
                .in_flight
                .acquire()
                .await
                .map_err(|e| LlmError::Invalid(e.to_string()))?;
            if let Some(rpm) = &self.limits.requests {
                rpm.until_ready().await;
            }
            if let Some((tpm, cap, counter)) = &self.limits.tokens {
                // what the provider counts: the prompt and the completion it may write
                let want = counter
                    .chat(&request.messages)
                    .saturating_add(request.max_tokens);
                let n = NonZeroU32::new(want.min(cap.get())).unwrap_or(NonZeroU32::MIN);
                // `n` never exceeds the burst, so this cannot fail
                let _ = tpm.until_n_ready(n).await;
            }
            self.inner.chat(request, on_token).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::Usage;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    /// Answers after a pause and records the most calls in flight at once.
    struct Slow {
        now: AtomicUsize,
        most: AtomicUsize,
    }

    impl Slow {
        fn new() -> Arc<Self> {
            Arc::new(Self {
                now: AtomicUsize::new(0),
                most: AtomicUsize::new(0),
            })
        }
    }

    impl LlmClient for Slow {
        fn chat<'a>(
            &'a self,
            _: &'a ChatRequest,
            _: Option<TokenSink>,
        ) -> BoxFuture<'a, Result<ChatResponse, LlmError>> {
            Box::pin(async move {
                let n = self.now.fetch_add(1, Ordering::SeqCst) + 1;
                self.most.fetch_max(n, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(20)).await;
                self.now.fetch_sub(1, Ordering::SeqCst);
                Ok(ChatResponse {
                    content: String::new(),
                    model: "m".into(),
                    usage: Usage::default(),
                    latency: Duration::ZERO,
                    time_to_first_token: None,
                })
            })
        }
    }

    fn request() -> ChatRequest {
        ChatRequest {
            messages: Vec::new(),
            output_schema: None,
            schema_name: "x".into(),
            temperature: 0.0,
            top_p: 1.0,
            max_tokens: 10,
            seed: None,
        }
    }

    #[tokio::test]
    async fn concurrency_and_request_rate_are_kept() {
        let slow = Slow::new();
        let mut profile = Profile::openai_compatible("m", "http://127.0.0.1:9/v1", 1000);
        profile.max_concurrency = 3;
        profile.requests_per_minute = Some(6000); // one every 10 ms after a burst of 6000
        let client = Limited::new(slow.clone(), "limits-test-a", &profile);
        let req = request();
        futures::future::join_all((0..12).map(|_| client.chat(&req, None))).await;
        assert_eq!(slow.most.load(Ordering::SeqCst), 3);

        // a second client of the same profile shares the allowance
        profile.max_concurrency = 100;
        profile.requests_per_minute = Some(60);
        let a = Limited::new(slow.clone(), "limits-test-b", &profile);
        let b = Limited::new(slow.clone(), "limits-test-b", &profile);
        assert!(Arc::ptr_eq(&a.limits, &b.limits));
        let started = Instant::now();
        futures::future::join_all((0..60).map(|_| a.chat(&req, None))).await;
        // the burst of 60 is used up at once; the next request waits ~1 s for its slot
        tokio::time::timeout(Duration::from_millis(300), b.chat(&req, None))
            .await
            .expect_err("the 61st request in a minute went through");
        assert!(started.elapsed() < Duration::from_secs(60));
    }

    #[tokio::test]
    async fn tokens_per_minute_wait_for_room() {
        let slow = Slow::new();
        let mut profile = Profile::openai_compatible("gpt-4o", "http://127.0.0.1:9/v1", 1000);
        profile.tokens_per_minute = Some(40);
        let client = Limited::new(slow, "limits-test-c", &profile);
        let mut req = request();
        req.max_tokens = 17; // + 3 priming = 20 tokens a call
        client.chat(&req, None).await.unwrap();
        client.chat(&req, None).await.unwrap();
        tokio::time::timeout(Duration::from_millis(300), client.chat(&req, None))
            .await
            .expect_err("a third call fit in 40 tokens per minute");
    }
}

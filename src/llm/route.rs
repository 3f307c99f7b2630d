//! What to do after a failed call: the retry and fallback policy of a request's profile chain
//! (primary → fallbacks), by error class.
//!
//! - transient (connection, timeout, 5xx): retry with jittered exponential backoff, up to the
//!   profile's `max_retries`, then the next profile;
//! - rate limited (429): wait for `Retry-After` (or back off when the server gave none), up to
//!   `max_retries`, then the next profile; a wait longer than [`MAX_RETRY_AFTER`] goes to the
//!   next profile at once, and so does `insufficient_quota` (no credit left);
//! - context too long: the next profile whose context window is larger (never truncated);
//! - refusal: never routed around, the item goes to review;
//! - configuration (credentials, bad request): stop, someone has to fix it.
//!
//! The pipeline adds two reasons of its own: a budget without room (the next, cheaper profile
//! that fits) and output still invalid after its re-asks (the next profile).

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use super::{ErrorClass, LlmError};

/// The first backoff; it doubles with every retry.
pub const BACKOFF_BASE: Duration = Duration::from_millis(400);
/// No backoff is longer.
pub const BACKOFF_CAP: Duration = Duration::from_secs(20);
/// A server asking to wait longer than this is left for the next profile.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The next step after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Wait, then try the same profile again.
    Retry(Duration),
    /// Try the next profile of the chain.
    NextProfile,
    /// Give up on the item with this error.
    Stop,
}

/// What to do after attempt `attempt` (0 = the first) on a profile allowing `max_retries`
/// retries failed with `err`.
pub fn next(err: &LlmError, attempt: usize, max_retries: usize) -> Next {
    let retries_left = attempt < max_retries;
    if let LlmError::QuotaExhausted { .. } = err {
        // the account is out of credit: waiting does not help, another provider may
        return Next::NextProfile;
    }
    match err.class() {
        ErrorClass::Transient if retries_left => Next::Retry(backoff(attempt)),
        ErrorClass::RateLimited if retries_left => match err {
            LlmError::RateLimited {
                retry_after: Some(wait),
                ..
            } if *wait > MAX_RETRY_AFTER => Next::NextProfile,
            LlmError::RateLimited {
                retry_after: Some(wait),
                ..
            } => Next::Retry(*wait),
            _ => Next::Retry(backoff(attempt)),
        },
        ErrorClass::Transient | ErrorClass::RateLimited | ErrorClass::ContextTooLong => {
            Next::NextProfile
        }
        ErrorClass::Refusal | ErrorClass::Config => Next::Stop,
    }
}

/// Exponential backoff with "equal jitter": half the step is fixed, half random, so retries of
/// many concurrent calls spread out but never hammer at once.
pub fn backoff(attempt: usize) -> Duration {
    let step = BACKOFF_BASE
        .saturating_mul(1u32 << attempt.min(16))
        .min(BACKOFF_CAP);
    let half = step / 2;
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    half + half.mul_f64((random >> 11) as f64 / (1u64 << 53) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate_limited(after: Option<u64>) -> LlmError {
        LlmError::RateLimited {
            endpoint: "e".into(),
            retry_after: after.map(Duration::from_secs),
            message: "slow down".into(),
        }
    }

    #[test]
    fn each_class_has_its_step() {
        let server = LlmError::Server {
            endpoint: "e".into(),
            status: 503,
            message: "busy".into(),
        };
        assert!(matches!(next(&server, 0, 2), Next::Retry(_)));
        assert_eq!(next(&server, 2, 2), Next::NextProfile);
        assert_eq!(
            next(&rate_limited(Some(3)), 0, 2),
            Next::Retry(Duration::from_secs(3))
        );
        assert_eq!(next(&rate_limited(Some(3)), 2, 2), Next::NextProfile);
        assert_eq!(next(&rate_limited(Some(600)), 0, 2), Next::NextProfile);
        assert!(matches!(next(&rate_limited(None), 0, 2), Next::Retry(_)));
        let long = LlmError::ContextLengthExceeded {
            profile: "p".into(),
            detail: "too long".into(),
        };
        assert_eq!(next(&long, 0, 5), Next::NextProfile);
        assert_eq!(next(&LlmError::Refused("no".into()), 0, 5), Next::Stop);
        let broke = LlmError::QuotaExhausted {
            endpoint: "e".into(),
            message: "You exceeded your current quota".into(),
        };
        assert_eq!(next(&broke, 0, 5), Next::NextProfile);
        assert_eq!(next(&LlmError::Invalid("bad".into()), 0, 5), Next::Stop);
    }

    #[test]
    fn backoff_doubles_within_its_jitter_and_stays_capped() {
        for attempt in 0..4u32 {
            let step = BACKOFF_BASE * 2u32.pow(attempt);
            for _ in 0..20 {
                let d = backoff(attempt as usize);
                assert!(d >= step / 2 && d <= step, "{d:?} for attempt {attempt}");
            }
        }
        assert!(backoff(40) <= BACKOFF_CAP);
        let spread: std::collections::HashSet<Duration> = (0..20).map(|_| backoff(3)).collect();
        assert!(spread.len() > 1, "no jitter");
    }
}

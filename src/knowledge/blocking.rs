//! Async clients behind synchronous traits.
//!
//! [`Embedder`](super::embed::Embedder) and [`VectorStore`](super::store::VectorStore) are
//! synchronous, while the OpenAI and Qdrant clients are async. [`block_on`] runs a future to
//! completion from wherever the caller is: outside any runtime (a fresh current-thread runtime),
//! on a multi-thread runtime (blocking in place, so the other workers keep running), or on a
//! current-thread runtime, which cannot block in place (a helper thread of its own).

use std::future::Future;
use std::io;

/// Run a future to completion from synchronous code, inside or outside a tokio runtime.
pub(crate) fn block_on<F>(f: F) -> io::Result<F::Output>
where
    F: Future + Send,
    F::Output: Send,
{
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            Ok(tokio::task::block_in_place(|| handle.block_on(f)))
        }
        // a current-thread runtime cannot block in place: run on a thread of its own
        Ok(_) => std::thread::scope(|s| {
            s.spawn(|| current_thread().map(|rt| rt.block_on(f)))
                .join()
                .map_err(|_| io::Error::other("the thread running an async request panicked"))?
        }),
        Err(_) => Ok(current_thread()?.block_on(f)),
    }
}

/// A single-threaded runtime with I/O and timers.
fn current_thread() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_a_runtime() {
        assert_eq!(block_on(async { 1 + 1 }).unwrap(), 2);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn inside_a_current_thread_runtime() {
        assert_eq!(block_on(async { 2 + 2 }).unwrap(), 4);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn inside_a_multi_thread_runtime() {
        assert_eq!(block_on(async { 3 + 3 }).unwrap(), 6);
    }
}

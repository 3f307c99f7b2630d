//! A loopback OpenAI-compatible endpoint for the whole-process benches: every chat completion
//! answers `reply` (JSON, as the message content) with the given usage after `delay`.

use std::time::Duration;

use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

pub async fn answering(reply: serde_json::Value, usage: (u32, u32), delay: Duration) -> MockServer {
    let (prompt, completion) = usage;
    let body = serde_json::json!({
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": reply.to_string()}}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                  "total_tokens": prompt + completion}
    });
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(body)
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

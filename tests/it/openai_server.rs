//! A real OpenAI-compatible server: llama-cpp-python's server on 127.0.0.1 serving the same
//! GGUF file, started and stopped by the test.

use std::sync::{Arc, Mutex};

use copydesk::config::{Profile, StructuredOutput};
use copydesk::llm::openai::OpenAiClient;
use copydesk::llm::{LlmClient, TokenSink};
use copydesk::pipeline::{self, Target};

use crate::common::{PyServer, example_vars, model_file, registry, request};

/// llama-cpp-python's server on the test model.
struct LlamaServer(PyServer);

impl LlamaServer {
    fn start() -> Self {
        let model = model_file();
        let model = model.to_string_lossy();
        Self(PyServer::start(
            "llama_cpp.server",
            &[
                "--model",
                &model,
                "--n_ctx",
                "4096",
                "--model_alias",
                "smollm2",
            ],
        ))
    }

    fn profile(&self, structured: StructuredOutput) -> Profile {
        let mut p = Profile::openai_compatible("smollm2", &self.0.base_url, 4096);
        p.structured_output = structured;
        p.max_retries = 0;
        p
    }
}

#[test]
fn generate_against_a_real_openai_compatible_server() {
    let server = LlamaServer::start();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let reg = registry();
    let prompt = reg.resolve(&"ad-variants@1".parse().unwrap()).unwrap();

    // structured output (json_object + schema, the form llama-cpp-python takes): the server
    // enforces the schema, the result validates
    let profile = server.profile(StructuredOutput::JsonObjectSchema);
    let client: Arc<dyn LlmClient> = Arc::new(OpenAiClient::new("server", &profile).unwrap());
    let generated = rt
        .block_on(pipeline::run(
            vec![Target::new("server", profile.clone(), Arc::clone(&client))],
            request(&reg, "ad-variants@1", example_vars(), 2, None),
        ))
        .unwrap();
    assert_eq!(generated.variants.len(), 2);
    for v in &generated.variants {
        assert!(
            v.schema_valid() || crate::common::fixed(v),
            "{:?}\n{}",
            v.findings,
            v.raw
        );
    }
    let call = &generated.calls[0];
    assert!(
        call.usage.prompt_tokens > 50 && call.usage.completion_tokens > 5,
        "{call:?}"
    );

    // streaming through the same server
    let streamed = Arc::new(Mutex::new(String::new()));
    let sink_text = Arc::clone(&streamed);
    let sink: TokenSink = Arc::new(move |p: &str| sink_text.lock().unwrap().push_str(p));
    let generated = rt
        .block_on(pipeline::run(
            vec![Target::new("server", profile, client)],
            request(&reg, "ad-variants@1", example_vars(), 1, Some(sink)),
        ))
        .unwrap();
    assert_eq!(*streamed.lock().unwrap(), generated.variants[0].raw);
    assert!(generated.calls[0].time_to_first_token_ms.is_some());

    // JSON mode: the server constrains the reply to a JSON object (which may be cut off at
    // max_tokens; the schema stage reports that), the schema is checked afterwards
    let json_mode =
        OpenAiClient::new("server", &server.profile(StructuredOutput::JsonObject)).unwrap();
    let request = copydesk::llm::ChatRequest {
        messages: prompt.render(&example_vars(), 1).unwrap(),
        output_schema: Some(prompt.output_schema_for(1)),
        schema_name: "ad".into(),
        temperature: 0.2,
        top_p: 0.9,
        max_tokens: 200,
        seed: Some(1),
    };
    let reply = rt.block_on(json_mode.chat(&request, None)).unwrap();
    assert!(
        reply.content.trim_start().starts_with('{'),
        "{}",
        reply.content
    );
    assert!(reply.usage.completion_tokens > 0);
    drop(server);
}

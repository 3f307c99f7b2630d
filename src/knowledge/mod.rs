//! Brand knowledge: `brand-guides/<brand>/` with its `brand.yaml` and Markdown documents.
//! Chunking, embedding and the vector index build on this.

mod brand;

pub use brand::{AddressForm, Brand, load_brands};

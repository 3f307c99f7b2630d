//! Brand knowledge: `brand-guides/<brand>/` with its `brand.yaml` and Markdown documents, chunked
//! along their headings, with personal data replaced, embedded and stored for hybrid search.

mod blocking;
mod brand;
mod catalogue;
pub mod chunk;
mod e5;
pub mod embed;
pub mod index;
pub mod store;
pub mod terms;

pub use brand::{AddressForm, Brand, load_brands};

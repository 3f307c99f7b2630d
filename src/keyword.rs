//! Enums named by fixed words — on the command line, in files, in URLs: one macro gives each its
//! words, `FromStr` and `Display`, so the domain types carry no command-line parser's types and
//! every front door parses them alike.

/// An enum whose values are words.
pub trait Keyword: Copy + Send + Sync + 'static {
    /// Every value, in the order help lists them.
    fn all() -> &'static [Self];
    /// The value's word.
    fn word(self) -> &'static str;
    /// The value a word names.
    fn from_word(word: &str) -> Option<Self> {
        Self::all().iter().copied().find(|k| k.word() == word)
    }
    /// `a, b, c`: for messages.
    fn words() -> String {
        Self::all()
            .iter()
            .map(|k| k.word())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// `keywords!(Type { Variant = "word", … })`: [`Keyword`], `as_str`, `FromStr` and `Display`.
#[macro_export]
macro_rules! keywords {
    ($t:ident { $($v:ident = $s:literal),+ $(,)? }) => {
        impl $t {
            /// The value's word.
            pub fn as_str(self) -> &'static str {
                match self { $($t::$v => $s),+ }
            }
        }
        impl $crate::keyword::Keyword for $t {
            fn all() -> &'static [Self] {
                &[$($t::$v),+]
            }
            fn word(self) -> &'static str {
                self.as_str()
            }
        }
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                <$t as $crate::keyword::Keyword>::from_word(s).ok_or_else(|| {
                    format!("'{s}' is not one of {}", <$t as $crate::keyword::Keyword>::words())
                })
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

//! Text statistics for Vale's `metric` and `readability` rules: counts, a small formula
//! language, Flesch (English) and Amstad (German) reading ease, Flesch-Kincaid grade.

/// Counts over one piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    pub characters: f64,
    pub words: f64,
    pub sentences: f64,
    pub syllables: f64,
    pub long_words: f64,
    pub complex_words: f64,
}

impl Stats {
    pub fn of(text: &str, english: bool) -> Self {
        let mut s = Stats {
            characters: text.chars().count() as f64,
            ..Stats::default()
        };
        for word in text
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| w.chars().any(char::is_alphabetic))
        {
            let syl = syllables(word, english) as f64;
            s.words += 1.0;
            s.syllables += syl;
            if word.chars().count() > 6 {
                s.long_words += 1.0;
            }
            if syl >= 3.0 {
                s.complex_words += 1.0;
            }
        }
        s.sentences = text
            .split(['.', '!', '?'])
            .filter(|p| p.chars().any(char::is_alphabetic))
            .count()
            .max(1) as f64;
        s
    }

    fn var(&self, name: &str) -> Option<f64> {
        Some(match name {
            "characters" => self.characters,
            "words" => self.words,
            "sentences" => self.sentences,
            "syllables" => self.syllables,
            "long_words" => self.long_words,
            "complex_words" => self.complex_words,
            _ => return None,
        })
    }

    /// Flesch-Kincaid grade level.
    pub fn flesch_kincaid(&self) -> f64 {
        0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words.max(1.0) - 15.59
    }

    /// Flesch reading ease (English; higher is easier).
    pub fn flesch(&self) -> f64 {
        206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words.max(1.0)
    }

    /// Amstad's German adaptation of Flesch reading ease.
    pub fn amstad(&self) -> f64 {
        180.0 - self.words / self.sentences - 58.5 * self.syllables / self.words.max(1.0)
    }
}

/// Vowel groups, German diphthongs and umlauts included; in English a silent final `e` is not
/// counted.
pub fn syllables(word: &str, english: bool) -> usize {
    let lower = word.to_lowercase();
    let mut count = 0;
    let mut in_vowel = false;
    for c in lower.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü' | 'é');
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    if english && lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// A parsed formula: numbers, the variables of [`Stats`], `+ - * /` and parentheses.
#[derive(Debug, Clone)]
pub enum Expr {
    Num(f64),
    Var(String),
    Bin(Box<Expr>, char, Box<Expr>),
}

impl Expr {
    pub fn parse(src: &str) -> Result<Expr, String> {
        let tokens = tokenize(src)?;
        let mut pos = 0;
        let e = sum(&tokens, &mut pos)?;
        if pos != tokens.len() {
            return Err(format!("unexpected '{}' in formula '{src}'", tokens[pos]));
        }
        e.check_vars()?;
        Ok(e)
    }

    fn check_vars(&self) -> Result<(), String> {
        match self {
            Expr::Num(_) => Ok(()),
            Expr::Var(v) => Stats::default().var(v).map(|_| ()).ok_or_else(|| {
                format!(
                    "unknown variable '{v}' in formula; known: characters, words, sentences, syllables, long_words, complex_words"
                )
            }),
            Expr::Bin(a, _, b) => a.check_vars().and_then(|()| b.check_vars()),
        }
    }

    pub fn eval(&self, s: &Stats) -> f64 {
        match self {
            Expr::Num(n) => *n,
            Expr::Var(v) => s.var(v).unwrap_or(0.0),
            Expr::Bin(a, op, b) => {
                let (a, b) = (a.eval(s), b.eval(s));
                match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ if b == 0.0 => 0.0,
                    _ => a / b,
                }
            }
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if "+-*/()".contains(c) {
            out.push(c.to_string());
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            return Err(format!("unexpected '{c}' in formula '{src}'"));
        }
    }
    Ok(out)
}

fn sum(t: &[String], pos: &mut usize) -> Result<Expr, String> {
    let mut e = product(t, pos)?;
    while let Some(op) = t.get(*pos).filter(|s| *s == "+" || *s == "-") {
        let op = op.chars().next().unwrap_or('+');
        *pos += 1;
        e = Expr::Bin(Box::new(e), op, Box::new(product(t, pos)?));
    }
    Ok(e)
}

fn product(t: &[String], pos: &mut usize) -> Result<Expr, String> {
    let mut e = atom(t, pos)?;
    while let Some(op) = t.get(*pos).filter(|s| *s == "*" || *s == "/") {
        let op = op.chars().next().unwrap_or('*');
        *pos += 1;
        e = Expr::Bin(Box::new(e), op, Box::new(atom(t, pos)?));
    }
    Ok(e)
}

fn atom(t: &[String], pos: &mut usize) -> Result<Expr, String> {
    let tok = t.get(*pos).ok_or("formula ends too early")?;
    *pos += 1;
    if tok == "(" {
        let e = sum(t, pos)?;
        if t.get(*pos).map(String::as_str) != Some(")") {
            return Err("missing ')' in formula".to_string());
        }
        *pos += 1;
        return Ok(e);
    }
    if let Ok(n) = tok.parse::<f64>() {
        return Ok(Expr::Num(n));
    }
    if tok.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ok(Expr::Var(tok.clone()));
    }
    Err(format!("unexpected '{tok}' in formula"))
}

/// A condition such as `> 30`.
#[derive(Debug, Clone, Copy)]
pub struct Condition {
    op: &'static str,
    value: f64,
}

impl Condition {
    pub fn parse(src: &str) -> Result<Self, String> {
        let s = src.trim();
        for op in [">=", "<=", "==", "!=", ">", "<"] {
            if let Some(rest) = s.strip_prefix(op) {
                let value = rest
                    .trim()
                    .parse::<f64>()
                    .map_err(|_| format!("condition '{src}' needs a number after {op}"))?;
                return Ok(Self { op, value });
            }
        }
        Err(format!(
            "condition '{src}' must start with one of > >= < <= == !="
        ))
    }

    pub fn holds(&self, x: f64) -> bool {
        match self.op {
            ">" => x > self.value,
            ">=" => x >= self.value,
            "<" => x < self.value,
            "<=" => x <= self.value,
            "==" => (x - self.value).abs() < f64::EPSILON,
            _ => (x - self.value).abs() >= f64::EPSILON,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_conditions() {
        let s = Stats::of("Firstwand 3-Lagen-Regenjacke. Leicht und dicht.", false);
        assert_eq!(s.characters, 47.0);
        assert_eq!(s.sentences, 2.0);
        let e = Expr::parse("(characters + 3) / 10").unwrap();
        assert!((e.eval(&s) - 5.0).abs() < 1e-9);
        assert!(Condition::parse("> 4.5").unwrap().holds(5.0));
        assert!(Expr::parse("pre + list").is_err());
    }

    #[test]
    fn syllables_en_and_de() {
        assert_eq!(syllables("jacket", true), 2);
        assert_eq!(syllables("make", true), 1);
        assert_eq!(syllables("Regenjacke", false), 4);
        assert_eq!(syllables("Wassersäule", false), 4);
    }
}

//! Checks on header values, made before anything is sent.

/// Why a header value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidHeader {
    /// The header (or configuration field) at fault.
    pub name: String,
    /// What is wrong, without the value (it may be a secret).
    pub reason: String,
}

impl std::fmt::Display for InvalidHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid value for `{}`: {}", self.name, self.reason)
    }
}

impl std::error::Error for InvalidHeader {}

/// Accepts visible ASCII and spaces only: no CR, LF or other control characters (header
/// injection), and no non-ASCII (which HTTP/1.1 does not carry reliably). Never echoes the value.
pub fn check_value(name: &str, value: &str) -> Result<(), InvalidHeader> {
    let refuse = |reason: String| {
        Err(InvalidHeader {
            name: name.to_string(),
            reason,
        })
    };
    if let Some((i, c)) = value.char_indices().find(|(_, c)| *c == '\r' || *c == '\n') {
        let what = if c == '\r' { "CR" } else { "LF" };
        return refuse(format!("contains a line break ({what} at byte {i})"));
    }
    if let Some((i, _)) = value.char_indices().find(|(_, c)| c.is_ascii_control()) {
        return refuse(format!("contains a control character at byte {i}"));
    }
    if let Some((i, _)) = value.char_indices().find(|(_, c)| !c.is_ascii()) {
        return refuse(format!("contains a non-ASCII character at byte {i}"));
    }
    if value.trim() != value {
        return refuse("has leading or trailing white space".to_string());
    }
    Ok(())
}

/// Like [`check_value`], and also refuses an empty value.
pub fn check_non_empty(name: &str, value: &str) -> Result<(), InvalidHeader> {
    if value.is_empty() {
        return Err(InvalidHeader {
            name: name.to_string(),
            reason: "is empty".to_string(),
        });
    }
    check_value(name, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_injection_without_echoing_the_value() {
        let err = check_value("x-appid", "app\r\nX-Evil: 1").expect_err("CR/LF refused");
        assert_eq!(
            err.to_string(),
            "invalid value for `x-appid`: contains a line break (CR at byte 3)"
        );
        assert!(check_value("x", "caf\u{e9}").is_err());
        assert!(check_value("x", "tab\there").is_err());
        assert!(check_value("x", " padded").is_err());
        assert!(check_non_empty("x", "").is_err());
        assert!(check_value("x", "MyApp/1.0.0").is_ok());
    }
}

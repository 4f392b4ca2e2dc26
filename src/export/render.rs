//! Rendering DOT to SVG or PNG with Graphviz's `dot` program. When `dot` is
//! missing, says what to install; Graphviz's warnings are passed on.

use std::fmt;
use std::io::Write;
use std::process::{Command, Stdio};

/// Why a rendering failed.
#[derive(Debug)]
pub enum RenderError {
    NoGraphviz,
    Failed(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::NoGraphviz => write!(
                f,
                "Graphviz's `dot` program is not installed; install it (Debian/Ubuntu: `apt-get install graphviz fonts-noto-cjk`, macOS: `brew install graphviz`) or export --format dot"
            ),
            RenderError::Failed(msg) => write!(f, "Graphviz failed: {msg}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Is Graphviz's `dot` on the PATH?
pub fn graphviz_available() -> bool {
    Command::new("dot").arg("-V").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// Renders `dot` text to `format` (`svg`, `png`); returns the bytes and
/// whatever Graphviz printed on stderr (warnings).
pub fn render(dot: &str, format: &str) -> Result<(Vec<u8>, String), RenderError> {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .args(if format == "png" { vec!["-Gdpi=110"] } else { vec![] })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => RenderError::NoGraphviz,
            _ => RenderError::Failed(e.to_string()),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(dot.as_bytes()).map_err(|e| RenderError::Failed(e.to_string()))?;
    }
    let out = child.wait_with_output().map_err(|e| RenderError::Failed(e.to_string()))?;
    let warnings = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return Err(RenderError::Failed(warnings));
    }
    Ok((out.stdout, warnings))
}

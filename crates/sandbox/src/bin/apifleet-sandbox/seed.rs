//! The TOML seed file and the flags, merged into one configuration per stand-in. Every mistake is
//! reported with the file and line it is on.

use crate::args::{Provider, ServeArgs};
use apifleet_sandbox::ServerOptions;
use apifleet_sandbox::dfns::{DfnsSandboxConfig, PublicKey};
use apifleet_sandbox::jtl::{Approval, JtlSandboxConfig};
use apifleet_sandbox::zitadel::ZitadelSandboxConfig;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The file, as written. Unknown keys are errors, so a typo never goes unnoticed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    server: Server,
    jtl: Option<Jtl>,
    dfns: Option<Dfns>,
    zitadel: Option<Zitadel>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Server {
    port: Option<u16>,
    providers: Option<Vec<Spanned<String>>>,
    max_body_bytes: Option<usize>,
    record_limit: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Jtl {
    port: Option<u16>,
    tokens: Option<Vec<String>>,
    tenants: Option<Vec<Spanned<String>>>,
    approval: Option<Spanned<String>>,
    challenge_code: Option<Spanned<String>>,
    dialog_open: Option<bool>,
    granted_scopes: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Dfns {
    port: Option<u16>,
    tokens: Option<Vec<String>>,
    require_approval: Option<bool>,
    #[serde(default)]
    credentials: Vec<Spanned<Credential>>,
}

/// A Key credential: its id and its public key, as a PEM file (relative to the seed file) or inline,
/// and optionally the bearer token of the user who owns it (absent: the default user's).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Credential {
    id: String,
    public_key_file: Option<String>,
    public_key: Option<String>,
    token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Zitadel {
    port: Option<u16>,
    tokens: Option<Vec<String>>,
    instance_id: Option<Spanned<String>>,
    default_org_id: Option<Spanned<String>>,
    organizations: Option<Vec<Spanned<String>>>,
}

/// What to start: one configuration per enabled stand-in.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub(crate) jtl: Option<JtlSandboxConfig>,
    pub(crate) dfns: Option<DfnsSandboxConfig>,
    pub(crate) zitadel: Option<ZitadelSandboxConfig>,
}

/// Points at a place in the seed file.
struct Source {
    path: PathBuf,
    text: String,
}

impl Source {
    /// `path:line:column` of a byte offset range.
    fn at(&self, span: Range<usize>) -> String {
        let before = &self.text[..span.start.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{}:{line}:{column}", self.path.display())
    }

    fn error<T>(&self, value: &Spanned<T>, message: impl std::fmt::Display) -> String {
        format!("{}: {message}", self.at(value.span()))
    }

    /// Where files named in the seed file are looked up.
    fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// Reads the seed file (if any) and merges the flags over it.
pub(crate) fn plan(args: &ServeArgs) -> Result<Plan, String> {
    let (file, source) = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{}: cannot read the seed file: {e}", path.display()))?;
            let source = Source {
                path: path.clone(),
                text,
            };
            let file: File = toml::from_str(&source.text).map_err(|e| match e.span() {
                Some(span) => format!("{}: {}", source.at(span), e.message().trim_end()),
                None => format!("{}: {}", path.display(), e.message().trim_end()),
            })?;
            (file, Some(source))
        }
        None => (File::default(), None),
    };
    let enabled = enabled(args, &file, source.as_ref())?;
    let server = |provider: Provider, file_port: Option<u16>| -> Result<ServerOptions, String> {
        let mut options = ServerOptions::default();
        if let Some(bytes) = args.max_body_bytes.or(file.server.max_body_bytes) {
            options = options.max_body_bytes(bytes);
        }
        if let Some(limit) = args.record_limit.or(file.server.record_limit) {
            options = options.record_limit(limit);
        }
        if let Some(seed) = args.seed {
            options = options.seed(seed);
        }
        if args.from_spec {
            options = options.answers(apifleet_sandbox::Answers::FromSpec);
        }
        let explicit = args
            .ports
            .iter()
            .rev()
            .find(|(p, _)| *p == provider)
            .map(|(_, port)| *port);
        let port = match (explicit.or(file_port), args.base_port.or(file.server.port)) {
            (Some(port), _) => port,
            (None, Some(base)) if base != 0 => {
                base.checked_add(provider.offset()).ok_or_else(|| {
                    format!(
                        "port {base} + {} for {} is over 65535",
                        provider.offset(),
                        provider.name()
                    )
                })?
            }
            _ => 0,
        };
        Ok(options.port(port))
    };
    let tokens = |from_file: &Option<Vec<String>>| -> Option<Vec<String>> {
        let mut all = from_file.clone().unwrap_or_default();
        all.extend(args.tokens.iter().cloned());
        (!all.is_empty()).then_some(all)
    };

    let mut plan = Plan::default();
    if enabled.contains(&Provider::Jtl) {
        let jtl = file.jtl.unwrap_or_default();
        let mut config = JtlSandboxConfig::default().server(server(Provider::Jtl, jtl.port)?);
        if let Some(tokens) = tokens(&jtl.tokens) {
            config = config.accepted_tokens(tokens);
        }
        if let Some(tenants) = &jtl.tenants {
            let mut parsed = Vec::new();
            for tenant in tenants {
                let uuid = uuid::Uuid::parse_str(tenant.get_ref()).map_err(|e| {
                    located(
                        source.as_ref(),
                        tenant,
                        format!("jtl.tenants: not a UUID: {e}"),
                    )
                })?;
                parsed.push(uuid);
            }
            config = config.tenants(parsed);
        }
        if let Some(approval) = &args.jtl_approval {
            config = config.approval(
                approval
                    .parse::<Approval>()
                    .map_err(|e| format!("--jtl-approval: {e}"))?,
            );
        } else if let Some(approval) = &jtl.approval {
            let parsed = approval
                .get_ref()
                .parse::<Approval>()
                .map_err(|e| located(source.as_ref(), approval, format!("jtl.approval: {e}")))?;
            config = config.approval(parsed);
        }
        if let Some(code) = &jtl.challenge_code {
            let length = code.get_ref().chars().count();
            if !(1..=30).contains(&length) {
                return Err(located(
                    source.as_ref(),
                    code,
                    "jtl.challenge_code: must be 1 to 30 characters, as JTL-Wawi's",
                ));
            }
            config = config.challenge_code(code.get_ref().clone());
        }
        if let Some(open) = jtl.dialog_open {
            config = config.dialog_open(open);
        }
        if let Some(scopes) = jtl.granted_scopes {
            config = config.granted_scopes(scopes);
        }
        plan.jtl = Some(config);
    }

    if enabled.contains(&Provider::Dfns) {
        let dfns = file.dfns.unwrap_or_default();
        let mut config = DfnsSandboxConfig::default().server(server(Provider::Dfns, dfns.port)?);
        if let Some(tokens) = tokens(&dfns.tokens) {
            config = config.accepted_tokens(tokens);
        }
        if let Some(on) = dfns.require_approval {
            config = config.require_approval(on);
        }
        for credential in &dfns.credentials {
            let (id, pem) = credential_pem(source.as_ref(), credential)?;
            config = match &credential.get_ref().token {
                Some(token) if token.is_empty() => {
                    return Err(located(
                        source.as_ref(),
                        credential,
                        format!("dfns.credentials {id:?}: `token` must not be empty"),
                    ));
                }
                Some(token) => config.user_credential(token.clone(), id, pem),
                None => config.credential(id, pem),
            };
        }
        for (id, file) in &args.dfns_credentials {
            let pem = std::fs::read_to_string(file).map_err(|e| {
                format!(
                    "--dfns-credential {id}: cannot read {}: {e}",
                    file.display()
                )
            })?;
            PublicKey::from_pem(&pem)
                .map_err(|e| format!("--dfns-credential {id}: {}: {e}", file.display()))?;
            config = config.credential(id.clone(), pem);
        }
        plan.dfns = Some(config);
    }

    if enabled.contains(&Provider::Zitadel) {
        let zitadel = file.zitadel.unwrap_or_default();
        let mut config =
            ZitadelSandboxConfig::default().server(server(Provider::Zitadel, zitadel.port)?);
        if let Some(tokens) = tokens(&zitadel.tokens) {
            config = config.accepted_tokens(tokens);
        }
        if let Some(id) = &zitadel.instance_id {
            config = config.instance_id(resource_id(source.as_ref(), id, "zitadel.instance_id")?);
        }
        if let Some(id) = &zitadel.default_org_id {
            config =
                config.default_org_id(resource_id(source.as_ref(), id, "zitadel.default_org_id")?);
        }
        if let Some(orgs) = &zitadel.organizations {
            let ids = orgs
                .iter()
                .map(|o| resource_id(source.as_ref(), o, "zitadel.organizations"))
                .collect::<Result<Vec<_>, _>>()?;
            config = config.organizations(ids);
        }
        plan.zitadel = Some(config);
    }
    Ok(plan)
}

/// The stand-ins to start: `--only`, else the file's `server.providers`, else all three.
fn enabled(
    args: &ServeArgs,
    file: &File,
    source: Option<&Source>,
) -> Result<Vec<Provider>, String> {
    if let Some(only) = &args.only {
        return Ok(only.clone());
    }
    match &file.server.providers {
        Some(names) => names
            .iter()
            .map(|n| {
                Provider::parse(n.get_ref())
                    .map_err(|e| located(source, n, format!("server.providers: {e}")))
            })
            .collect(),
        None => Ok(Provider::ALL.to_vec()),
    }
}

/// A message at a value's place in the file (a value only comes from the file when there is one).
fn located<T>(
    source: Option<&Source>,
    value: &Spanned<T>,
    message: impl std::fmt::Display,
) -> String {
    match source {
        Some(source) => source.error(value, message),
        None => message.to_string(),
    }
}

/// ZITADEL ids are decimal strings (snowflakes); anything else would never match a real one.
fn resource_id(source: Option<&Source>, id: &Spanned<String>, key: &str) -> Result<String, String> {
    let text = id.get_ref();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(located(
            source,
            id,
            format!("{key}: {text:?} is not a ZITADEL id (decimal digits)"),
        ));
    }
    Ok(text.clone())
}

/// A credential's id and PEM, read and checked so a bad key fails here, at its line.
fn credential_pem(
    source: Option<&Source>,
    credential: &Spanned<Credential>,
) -> Result<(String, String), String> {
    let at = |message: String| located(source, credential, message);
    let c = credential.get_ref();
    if c.id.is_empty() {
        return Err(at("dfns.credentials: `id` must not be empty".to_string()));
    }
    let pem = match (&c.public_key_file, &c.public_key) {
        (Some(file), None) => {
            let path = source.map_or(PathBuf::from(file), |s| s.dir().join(file));
            std::fs::read_to_string(&path).map_err(|e| {
                at(format!(
                    "dfns.credentials {:?}: cannot read {}: {e}",
                    c.id,
                    path.display()
                ))
            })?
        }
        (None, Some(pem)) => pem.clone(),
        _ => {
            return Err(at(format!(
                "dfns.credentials {:?}: give exactly one of `public_key_file` and `public_key`",
                c.id
            )));
        }
    };
    PublicKey::from_pem(&pem).map_err(|e| at(format!("dfns.credentials {:?}: {e}", c.id)))?;
    Ok((c.id.clone(), pem))
}

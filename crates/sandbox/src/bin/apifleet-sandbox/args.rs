//! The command line: `serve` with its flags, `--help`, `--version`.

use lexopt::prelude::*;
use std::path::PathBuf;

pub(crate) const USAGE: &str = "\
apifleet-sandbox: stand-ins for JTL-Cloud ERP, Dfns and ZITADEL on 127.0.0.1

USAGE:
    apifleet-sandbox serve [OPTIONS]

Operations a flow needs keep state (JTL registration and the ERP essentials, Dfns signing,
service accounts, tokens, wallets and signatures, ZITADEL identity providers); every other
operation of our specs is answered from the spec: the request validated, a success body made
from the response schema. GET /_sandbox/operations on each stand-in lists which is which.

Prints one line per provider on stdout, `<provider> <base URL>` (or JSON with --json),
once every stand-in listens; logs go to stderr. Ctrl-C or SIGTERM stops it gracefully.

OPTIONS:
    -c, --config <FILE>          Seed from a TOML file (see the README's sandbox section)
        --port <N>               First port: jtl on N, dfns on N+1, zitadel on N+2
                                 (default: the OS picks free ports)
        --jtl-port <N>           Port for one stand-in (overrides --port and the file)
        --dfns-port <N>
        --zitadel-port <N>
        --only <LIST>            Comma-separated stand-ins to start (default: jtl,dfns,zitadel)
        --token <TOKEN>          Accept this bearer token on every stand-in (repeatable;
                                 default: any non-empty token)
        --jtl-approval <POLICY>  manual | reject | auto | auto:N (accepted on the N-th poll)
        --dfns-credential <ID=PEM_FILE>
                                 A Dfns Key credential and its public key (repeatable)
        --max-body-bytes <N>     Refuse larger request bodies with 413 (default 1048576)
        --record-limit <N>       Requests kept for GET /_sandbox/requests (default 10000)
        --seed <N>               Seed of the answers made from the specs (default 0)
        --from-spec              Answer every operation from the specs, without state
                                 (Dfns' user action signing keeps working)
        --json                   Print the provider lines as JSON objects
        --log <LEVEL>            off | error | warn | info | debug | trace (default info)
    -h, --help                   Print this help
    -V, --version                Print the version
";

/// One of the three stand-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
    Jtl,
    Dfns,
    Zitadel,
}

impl Provider {
    pub(crate) const ALL: [Provider; 3] = [Provider::Jtl, Provider::Dfns, Provider::Zitadel];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Provider::Jtl => "jtl",
            Provider::Dfns => "dfns",
            Provider::Zitadel => "zitadel",
        }
    }

    pub(crate) fn parse(name: &str) -> Result<Self, String> {
        Provider::ALL
            .into_iter()
            .find(|p| p.name() == name.trim())
            .ok_or_else(|| format!("unknown provider {name:?}; expected jtl, dfns or zitadel"))
    }

    /// Its offset from `--port`.
    pub(crate) fn offset(self) -> u16 {
        match self {
            Provider::Jtl => 0,
            Provider::Dfns => 1,
            Provider::Zitadel => 2,
        }
    }
}

/// What `serve` was asked for on the command line.
#[derive(Debug, Default)]
pub(crate) struct ServeArgs {
    pub(crate) config: Option<PathBuf>,
    pub(crate) base_port: Option<u16>,
    pub(crate) ports: Vec<(Provider, u16)>,
    pub(crate) only: Option<Vec<Provider>>,
    pub(crate) tokens: Vec<String>,
    pub(crate) jtl_approval: Option<String>,
    pub(crate) dfns_credentials: Vec<(String, PathBuf)>,
    pub(crate) max_body_bytes: Option<usize>,
    pub(crate) record_limit: Option<usize>,
    pub(crate) json: bool,
    pub(crate) seed: Option<u64>,
    pub(crate) from_spec: bool,
    pub(crate) log: Option<String>,
}

#[derive(Debug)]
pub(crate) enum Command {
    Serve(Box<ServeArgs>),
    Help,
    Version,
}

/// Parses the arguments after the program name.
pub(crate) fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut command = None;
    let mut serve = ServeArgs::default();
    let result: Result<(), lexopt::Error> = (|| {
        while let Some(arg) = parser.next()? {
            match arg {
                Short('h') | Long("help") => {
                    command = Some(Command::Help);
                    return Ok(());
                }
                Short('V') | Long("version") => {
                    command = Some(Command::Version);
                    return Ok(());
                }
                Value(word) if command.is_none() => {
                    let word = word.string()?;
                    if word != "serve" {
                        return Err(
                            format!("unknown command {word:?}; the command is `serve`").into()
                        );
                    }
                    command = Some(Command::Serve(Box::default()));
                }
                Short('c') | Long("config") => serve.config = Some(parser.value()?.into()),
                Long("port") => serve.base_port = Some(parser.value()?.parse()?),
                Long("jtl-port") => serve.ports.push((Provider::Jtl, parser.value()?.parse()?)),
                Long("dfns-port") => serve.ports.push((Provider::Dfns, parser.value()?.parse()?)),
                Long("zitadel-port") => serve
                    .ports
                    .push((Provider::Zitadel, parser.value()?.parse()?)),
                Long("only") => {
                    let list = parser.value()?.string()?;
                    let providers = list
                        .split(',')
                        .filter(|p| !p.trim().is_empty())
                        .map(Provider::parse)
                        .collect::<Result<Vec<_>, _>>()?;
                    serve.only = Some(providers);
                }
                Long("token") => {
                    let token = parser.value()?.string()?;
                    if token.is_empty() {
                        return Err("--token needs a non-empty value".into());
                    }
                    serve.tokens.push(token);
                }
                Long("jtl-approval") => serve.jtl_approval = Some(parser.value()?.string()?),
                Long("dfns-credential") => {
                    let value = parser.value()?.string()?;
                    let (id, file) = value
                        .split_once('=')
                        .filter(|(id, file)| !id.is_empty() && !file.is_empty())
                        .ok_or_else(|| {
                            format!("--dfns-credential takes ID=PEM_FILE, not {value:?}")
                        })?;
                    serve.dfns_credentials.push((id.to_string(), file.into()));
                }
                Long("max-body-bytes") => serve.max_body_bytes = Some(parser.value()?.parse()?),
                Long("record-limit") => serve.record_limit = Some(parser.value()?.parse()?),
                Long("json") => serve.json = true,
                Long("seed") => serve.seed = Some(parser.value()?.parse()?),
                Long("from-spec") => serve.from_spec = true,
                Long("log") => serve.log = Some(parser.value()?.string()?),
                _ => return Err(arg.unexpected()),
            }
        }
        Ok(())
    })();
    result.map_err(|e| e.to_string())?;
    match command {
        Some(Command::Serve(_)) => Ok(Command::Serve(Box::new(serve))),
        Some(other) => Ok(other),
        None => Err("no command given; try `apifleet-sandbox serve`".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Command, String> {
        parse(line.split_whitespace().map(std::ffi::OsString::from))
    }

    #[test]
    fn serve_takes_every_flag() {
        let Ok(Command::Serve(s)) = args(
            "serve --port 9000 --dfns-port 9100 --only jtl,dfns --token a --token b \
             --jtl-approval auto:2 --dfns-credential cr-1=keys/a.pem --max-body-bytes 10 \
             --record-limit 5 --json --log debug -c sandbox.toml",
        ) else {
            panic!("serve expected");
        };
        assert_eq!(s.base_port, Some(9000));
        assert_eq!(s.ports, vec![(Provider::Dfns, 9100)]);
        assert_eq!(s.only, Some(vec![Provider::Jtl, Provider::Dfns]));
        assert_eq!(s.tokens, vec!["a", "b"]);
        assert_eq!(s.jtl_approval.as_deref(), Some("auto:2"));
        assert_eq!(
            s.dfns_credentials,
            vec![("cr-1".to_string(), "keys/a.pem".into())]
        );
        assert_eq!((s.max_body_bytes, s.record_limit), (Some(10), Some(5)));
        assert!(s.json);
        assert_eq!(s.log.as_deref(), Some("debug"));
        assert_eq!(s.config, Some("sandbox.toml".into()));
    }

    #[test]
    fn mistakes_are_named() {
        let cases = [
            ("", "no command"),
            ("start", "unknown command \"start\""),
            ("serve --port http", "invalid digit"),
            ("serve --port 70000", "too large"),
            ("serve --only jtl,aws", "unknown provider \"aws\""),
            ("serve --dfns-credential cr-1", "ID=PEM_FILE"),
            ("serve --bogus", "--bogus"),
            ("serve --token", "missing argument"),
        ];
        for (line, expected) in cases {
            let err = args(line).expect_err(line);
            assert!(err.contains(expected), "{line}: {err}");
        }
        assert!(matches!(args("serve --help"), Ok(Command::Help)));
        assert!(matches!(args("-V"), Ok(Command::Version)));
    }
}

//! The one table of providers: adding a provider is adding one entry here.

/// Everything the generator needs to know about one provider.
#[derive(Debug)]
pub struct Provider {
    /// Short name, used in messages and as the facade feature name.
    pub name: &'static str,
    /// The hand-written OpenAPI document, relative to the workspace root.
    pub spec: &'static str,
    /// The committed generated module, relative to the workspace root: in the provider's generated
    /// crate (`crates/<provider>-api`), which the hand-written crate (`crates/<provider>`) wraps.
    pub output: &'static str,
    /// Named schemas replaced by hand-written types: `(schema name, Rust path)`.
    pub replacements: &'static [(&'static str, &'static str)],
    /// Whether requests carry progenitor's `api-version: <info.version>` header. Only providers that
    /// give this header a meaning keep it; the others would send a header they do not expect.
    pub api_version_header: bool,
    /// Whether each operation's area (its first tag) becomes a Cargo feature of the crate that gates
    /// the operation and the types only it reaches (see `crate::gate`).
    pub area_features: bool,
    /// Types the hand-written layer needs whatever areas are enabled (kept ungated, with all they
    /// reach).
    pub always: &'static [&'static str],
    /// Whether `schemars::JsonSchema` is derived only with the crate's `schemars` feature (it is
    /// the costliest derive and the client itself never uses it).
    pub schemars_feature: bool,
    /// Whether only types a request body reaches keep a `types::builder` builder (see
    /// `crate::gate::trim_response_builders`).
    pub request_builders_only: bool,
    /// How the provider pages by token, if it does: every such list operation gets a `Stream`
    /// (see `crate::streams`).
    pub token_paging: Option<crate::streams::TokenPaging>,
    /// How the provider pages by page number, if it does: every such list operation gets a
    /// `Stream` (see `crate::streams`).
    pub number_paging: Option<crate::streams::NumberPaging>,
    /// How the provider pages by offset in the request body, if it does: every such list operation
    /// gets a `Stream` (see `crate::streams`).
    pub offset_paging: Option<crate::streams::OffsetPaging>,
    /// Whether string enums get an `Unknown` variant for values added after the spec (see
    /// `crate::open_enums`).
    pub open_enums: bool,
    /// Whether named integer enums (`x-enumNames`) become open Rust enums (see `crate::int_enums`).
    pub int_enums: bool,
}

impl Provider {
    /// A provider with every optional generator behaviour off (tests build their own from it).
    #[cfg(test)]
    pub const fn plain(name: &'static str, spec: &'static str, output: &'static str) -> Provider {
        Provider {
            name,
            spec,
            output,
            replacements: &[],
            api_version_header: false,
            area_features: false,
            always: &[],
            schemars_feature: false,
            request_builders_only: false,
            token_paging: None,
            number_paging: None,
            offset_paging: None,
            open_enums: false,
            int_enums: false,
        }
    }

    /// The generated crate's manifest (`crates/<name>-api/Cargo.toml`), from the generated module's
    /// path (`crates/<name>-api/src/generated.rs` or deeper, `.../src/v2/generated.rs`).
    pub fn manifest(&self) -> Result<std::path::PathBuf, String> {
        self.generated_dir().map(|dir| dir.join("Cargo.toml"))
    }

    /// The hand-written crate's folder, beside the generated one: `crates/dfns` for
    /// `crates/dfns-api`. It wraps the generated crate and re-exports it as `generated`.
    pub fn hand_written_dir(&self) -> Result<std::path::PathBuf, String> {
        let generated = self.generated_dir()?;
        generated
            .to_str()
            .and_then(|dir| dir.strip_suffix("-api"))
            .map(std::path::PathBuf::from)
            .ok_or_else(|| format!("{}: a generated crate's folder ends in -api", self.output))
    }

    fn generated_dir(&self) -> Result<&std::path::Path, String> {
        std::path::Path::new(self.output)
            .ancestors()
            .find(|dir| dir.file_name().is_some_and(|name| name == "src"))
            .and_then(std::path::Path::parent)
            .ok_or_else(|| format!("{}: no crate directory", self.output))
    }
}

/// Every provider, in the order they are generated.
pub const PROVIDERS: &[Provider] = &[
    Provider {
        name: "jtl",
        spec: "openapi/jtl-erp.yaml",
        output: "crates/jtl-api/src/generated.rs",
        replacements: &[
            ("Base64Bytes", "apifleet_runtime::Base64Bytes"),
            ("RegistrationStatus", "crate::enums::RegistrationStatus"),
            ("RegistrationType", "crate::enums::RegistrationType"),
            ("GrantedScopes", "crate::enums::GrantedScopes"),
        ],
        // JTL selects the API version with this header on premise; the client sets it from its config.
        api_version_header: false,
        // One feature per JTL area (items, sales orders, ...; the import groups JTL's tags).
        area_features: true,
        // Errors are typed for every area.
        always: &["ErrorResponse", "ErrorResponseV2"],
        schemars_feature: true,
        request_builders_only: true,
        token_paging: None,
        // `pageNumber` (from 1) and `pageSize` in, `PagedListOf<T>` out.
        number_paging: Some(crate::streams::NumberPaging {
            page_param: "pageNumber",
            size_param: "pageSize",
            first: 1,
            items_field: "Items",
            has_next_field: "HasNextPage",
        }),
        offset_paging: None,
        open_enums: false,
        // JTL names its integer values (`x-enumNames`); a value added later must still decode.
        int_enums: true,
    },
    Provider {
        name: "zitadel",
        spec: "openapi/zitadel.yaml",
        output: "crates/zitadel-api/src/generated.rs",
        replacements: &[
            ("Uint64", "apifleet_runtime::Uint64"),
            ("ProtobufAny", "crate::wire::Any"),
            ("IdpState", "crate::enums::IdpState"),
            ("IdpStylingType", "crate::enums::IdpStylingType"),
            ("IdpOwnerType", "crate::enums::IdpOwnerType"),
            ("OidcMappingField", "crate::enums::OidcMappingField"),
            ("IdpFieldName", "crate::enums::IdpFieldName"),
            ("TextQueryMethod", "crate::enums::TextQueryMethod"),
            ("ProviderType", "crate::enums::ProviderType"),
            ("AutoLinkingOption", "crate::enums::AutoLinkingOption"),
            ("IdpStateV2", "crate::enums::IdpStateV2"),
            ("IdpTypeV2", "crate::enums::IdpTypeV2"),
        ],
        // ZITADEL gives `api-version` no meaning.
        api_version_header: false,
        area_features: false,
        always: &[],
        schemars_feature: true,
        request_builders_only: false,
        token_paging: None,
        number_paging: None,
        offset_paging: None,
        open_enums: false,
        int_enums: false,
    },
    Provider {
        name: "zitadel-v2",
        spec: "openapi/zitadel-v2.yaml",
        output: "crates/zitadel-api/src/v2/generated.rs",
        replacements: &[("Uint64", "apifleet_runtime::Uint64")],
        // ZITADEL gives `api-version` no meaning.
        api_version_header: false,
        // One feature per v2 service (User, Session, Organization, ...).
        area_features: true,
        // Errors are typed for every service.
        always: &["ConnectError", "Any"],
        schemars_feature: true,
        request_builders_only: true,
        token_paging: None,
        number_paging: None,
        // List RPCs page with `query`/`pagination` {offset, limit} and answer the total.
        offset_paging: Some(crate::streams::OffsetPaging {
            total_field: "totalResult",
        }),
        open_enums: true,
        int_enums: false,
    },
    Provider {
        name: "dfns",
        spec: "openapi/dfns.yaml",
        output: "crates/dfns-api/src/generated.rs",
        replacements: &[
            ("ApplicationKind", "crate::enums::ApplicationKind"),
            ("AccessTokenKind", "crate::enums::AccessTokenKind"),
            ("UserKind", "crate::enums::UserKind"),
        ],
        // Dfns gives `api-version` no meaning.
        api_version_header: false,
        // One feature per Dfns area (Wallets, Keys, ...): users compile what they enable.
        area_features: true,
        // User action signing serves every area; errors are typed for every area.
        always: &[
            "UserActionInitRequest",
            "UserActionChallenge",
            "UserActionRequest",
            "UserActionResponse",
            "ErrorResponse",
        ],
        schemars_feature: true,
        request_builders_only: true,
        token_paging: Some(crate::streams::TokenPaging {
            token_param: "paginationToken",
            next_field: "nextPageToken",
            items_field: "items",
        }),
        number_paging: None,
        offset_paging: None,
        open_enums: true,
        int_enums: false,
    },
];

//! ZITADEL's string enums as named Rust enums that keep values added later as `Unknown(..)`
//! (they replace the generated ones; see `xtask/src/providers.rs`).

use apifleet_runtime::string_enum;

string_enum! {
    /// State of an IDP of the v1 family.
    IdpState {
        /// Zero value (omitted on the wire).
        Unspecified = "IDP_STATE_UNSPECIFIED",
        /// Usable for login.
        Active = "IDP_STATE_ACTIVE",
        /// Deactivated.
        Inactive = "IDP_STATE_INACTIVE",
    }
}

string_enum! {
    /// How the login button is styled.
    IdpStylingType {
        /// Zero value.
        Unspecified = "STYLING_TYPE_UNSPECIFIED",
        /// Google's style.
        Google = "STYLING_TYPE_GOOGLE",
    }
}

string_enum! {
    /// Who owns an IDP.
    IdpOwnerType {
        /// Zero value.
        Unspecified = "IDP_OWNER_TYPE_UNSPECIFIED",
        /// The instance (Admin API).
        System = "IDP_OWNER_TYPE_SYSTEM",
        /// An organisation (Management API).
        Org = "IDP_OWNER_TYPE_ORG",
    }
}

string_enum! {
    /// Which OIDC claim maps to a ZITADEL field.
    OidcMappingField {
        /// Zero value.
        Unspecified = "OIDC_MAPPING_FIELD_UNSPECIFIED",
        /// `preferred_username`.
        PreferredUsername = "OIDC_MAPPING_FIELD_PREFERRED_USERNAME",
        /// `email`.
        Email = "OIDC_MAPPING_FIELD_EMAIL",
    }
}

string_enum! {
    /// Sorting column of IDP searches.
    IdpFieldName {
        /// Zero value.
        Unspecified = "IDP_FIELD_NAME_UNSPECIFIED",
        /// By name.
        Name = "IDP_FIELD_NAME_NAME",
    }
}

string_enum! {
    /// How a text query matches.
    TextQueryMethod {
        /// Exact match (the zero value).
        Equals = "TEXT_QUERY_METHOD_EQUALS",
        /// Exact match, ignoring case.
        EqualsIgnoreCase = "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE",
        /// Prefix.
        StartsWith = "TEXT_QUERY_METHOD_STARTS_WITH",
        /// Prefix, ignoring case.
        StartsWithIgnoreCase = "TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE",
        /// Substring.
        Contains = "TEXT_QUERY_METHOD_CONTAINS",
        /// Substring, ignoring case.
        ContainsIgnoreCase = "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE",
        /// Suffix.
        EndsWith = "TEXT_QUERY_METHOD_ENDS_WITH",
        /// Suffix, ignoring case.
        EndsWithIgnoreCase = "TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE",
    }
}

string_enum! {
    /// Kind of a provider (the replacement API).
    ProviderType {
        /// Zero value.
        Unspecified = "PROVIDER_TYPE_UNSPECIFIED",
        /// Generic OIDC.
        Oidc = "PROVIDER_TYPE_OIDC",
        /// Generic JWT.
        Jwt = "PROVIDER_TYPE_JWT",
        /// LDAP.
        Ldap = "PROVIDER_TYPE_LDAP",
        /// Generic OAuth.
        Oauth = "PROVIDER_TYPE_OAUTH",
        /// Azure AD.
        AzureAd = "PROVIDER_TYPE_AZURE_AD",
        /// GitHub.
        Github = "PROVIDER_TYPE_GITHUB",
        /// GitHub Enterprise Server.
        GithubEs = "PROVIDER_TYPE_GITHUB_ES",
        /// GitLab.
        Gitlab = "PROVIDER_TYPE_GITLAB",
        /// Self-hosted GitLab.
        GitlabSelfHosted = "PROVIDER_TYPE_GITLAB_SELF_HOSTED",
        /// Google.
        Google = "PROVIDER_TYPE_GOOGLE",
        /// Apple.
        Apple = "PROVIDER_TYPE_APPLE",
        /// SAML.
        Saml = "PROVIDER_TYPE_SAML",
    }
}

string_enum! {
    /// How external users are linked to existing ones.
    AutoLinkingOption {
        /// Zero value: no automatic linking.
        Unspecified = "AUTO_LINKING_OPTION_UNSPECIFIED",
        /// By username.
        Username = "AUTO_LINKING_OPTION_USERNAME",
        /// By email.
        Email = "AUTO_LINKING_OPTION_EMAIL",
    }
}

string_enum! {
    /// State of an identity provider in the v2 API.
    IdpStateV2 {
        /// Zero value.
        Unspecified = "IDP_STATE_UNSPECIFIED",
        /// Usable.
        Active = "IDP_STATE_ACTIVE",
        /// Deactivated.
        Inactive = "IDP_STATE_INACTIVE",
        /// Removed.
        Removed = "IDP_STATE_REMOVED",
        /// Migrated to another type.
        Migrated = "IDP_STATE_MIGRATED",
    }
}

string_enum! {
    /// Kind of an identity provider in the v2 API.
    IdpTypeV2 {
        /// Zero value.
        Unspecified = "IDP_TYPE_UNSPECIFIED",
        /// OIDC.
        Oidc = "IDP_TYPE_OIDC",
        /// JWT.
        Jwt = "IDP_TYPE_JWT",
        /// LDAP.
        Ldap = "IDP_TYPE_LDAP",
        /// OAuth.
        Oauth = "IDP_TYPE_OAUTH",
        /// Azure AD.
        AzureAd = "IDP_TYPE_AZURE_AD",
        /// GitHub.
        Github = "IDP_TYPE_GITHUB",
        /// GitHub Enterprise Server.
        GithubEs = "IDP_TYPE_GITHUB_ES",
        /// GitLab.
        Gitlab = "IDP_TYPE_GITLAB",
        /// Self-hosted GitLab.
        GitlabSelfHosted = "IDP_TYPE_GITLAB_SELF_HOSTED",
        /// Google.
        Google = "IDP_TYPE_GOOGLE",
        /// Apple.
        Apple = "IDP_TYPE_APPLE",
        /// SAML.
        Saml = "IDP_TYPE_SAML",
    }
}

//! Dfns' string enums as named Rust enums that keep values added later as `Unknown(..)`.

use apifleet_runtime::string_enum;

string_enum! {
    /// Kind of an application.
    ApplicationKind {
        /// Signs requests on a server with its own key.
        ServerSideApplication = "ServerSideApplication",
        /// Runs in a browser or app with WebAuthn.
        ClientSideApplication = "ClientSideApplication",
    }
}

string_enum! {
    /// Kind of an access token.
    AccessTokenKind {
        /// Personal access token.
        Pat = "Pat",
        /// Service account token.
        ServiceAccount = "ServiceAccount",
        /// Login token.
        Token = "Token",
        /// Code.
        Code = "Code",
        /// Recovery.
        Recovery = "Recovery",
        /// Temporary.
        Temp = "Temp",
        /// Application token (deprecated with Applications).
        Application = "Application",
    }
}

string_enum! {
    /// Kind of a user.
    UserKind {
        /// An employee of the customer (includes service accounts).
        CustomerEmployee = "CustomerEmployee",
        /// An end user.
        EndUser = "EndUser",
    }
}

//! The tour: each provider's headline flow, against the embedded sandbox by default.
//!
//! `cargo run --example tour` needs no credentials. With `JTL_BASE_URL`, `JTL_TOKEN` and
//! `JTL_TENANT_ID` set it talks to the real JTL API instead (optionally `JTL_CHALLENGE_CODE`,
//! `JTL_APP_ID`); the merchant then accepts the registration in JTL-Wawi.

use apifleet::jtl::{JtlClient, WaitOptions};
use apifleet_sandbox::jtl::{Approval, JtlSandbox, JtlSandboxConfig};
use futures_util::StreamExt as _;
use std::num::NonZeroU32;
use std::time::Duration;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[tokio::main]
async fn main() -> Result<()> {
    jtl().await?;
    println!("\ntour finished");
    Ok(())
}

/// JTL-Cloud ERP: register an app, wait for the merchant, then use the key.
async fn jtl() -> Result<()> {
    println!("== JTL-Cloud ERP: app registration");
    let real = (
        std::env::var("JTL_BASE_URL"),
        std::env::var("JTL_TOKEN"),
        std::env::var("JTL_TENANT_ID"),
    );
    let (_sandbox, builder, wait, app_id) = match real {
        (Ok(url), Ok(token), Ok(tenant)) => {
            println!("   using the real API at {url}");
            let code =
                std::env::var("JTL_CHALLENGE_CODE").unwrap_or_else(|_| "apifleet-tour".to_string());
            let app_id =
                std::env::var("JTL_APP_ID").unwrap_or_else(|_| "apifleetTour/v1".to_string());
            let builder = JtlClient::builder()
                .base_url(url)
                .bearer_token(token)
                .tenant_id(tenant)
                .challenge_code(code);
            println!(
                "   open JTL-Wawi: Admin → App registration → Add, and accept the request there"
            );
            (None, builder, WaitOptions::default(), app_id)
        }
        _ => {
            let sandbox =
                JtlSandbox::start(JtlSandboxConfig::default().approval(Approval::AfterPolls(3)))
                    .await?;
            println!(
                "   sandbox at {} (the merchant accepts on the 3rd status request)",
                sandbox.base_url()
            );
            let builder = JtlClient::builder()
                .base_url(sandbox.base_url())
                .bearer_token("sandbox-token")
                .tenant_id(apifleet_e2e::TENANT)
                .challenge_code("tour-challenge");
            let wait = WaitOptions::default()
                .interval(Duration::from_millis(100))
                .timeout(Duration::from_secs(10));
            let first_item = sandbox.add_item("TOUR-1", "Tour shirt");
            sandbox.add_item("TOUR-2", "Tour hat");
            println!("   sandbox catalogue starts at item {first_item}");
            (Some(sandbox), builder, wait, "apifleetTour/v1".to_string())
        }
    };
    let jtl = builder.clone().build()?;
    let app = jtl
        .register_and_wait(apifleet_e2e::registration(&app_id), wait)
        .await?;
    println!(
        "   accepted: registration {} after {} status requests, scopes {:?}",
        app.registration_id, app.polls, app.granted_scopes
    );
    println!(
        "   API key received ({}; JTL shows it once, store it in your secret store)",
        app.api_key
    );

    let jtl = builder
        .api_key(app.api_key.clone())
        .app(app_id, "1.0.0")
        .build()?;
    let info = jtl
        .get_info()
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?;
    println!(
        "   GET /v1/info: version {:?}, type {:?}",
        info.version, info.type_
    );
    let mut items = jtl.items(NonZeroU32::MIN, |q| q);
    while let Some(item) = items.next().await {
        let item = item?;
        println!(
            "   item {}: {} ({})",
            item.id,
            item.name.unwrap_or_default(),
            item.sku.unwrap_or_default()
        );
    }
    Ok(())
}

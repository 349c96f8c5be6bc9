//! The tour: each provider's headline flow, against the embedded sandbox by default.
//!
//! `cargo run --example tour` needs no credentials. With `JTL_BASE_URL`, `JTL_TOKEN` and
//! `JTL_TENANT_ID` set it talks to the real JTL API instead (optionally `JTL_CHALLENGE_CODE`,
//! `JTL_APP_ID`); the merchant then accepts the registration in JTL-Wawi. With `ZITADEL_BASE_URL` and
//! `ZITADEL_TOKEN` (and optionally `ZITADEL_ORG_ID`) the ZITADEL part uses a real instance. With
//! `DFNS_BASE_URL`, `DFNS_TOKEN`, `DFNS_CRED_ID` and `DFNS_PRIVATE_KEY_PATH` the Dfns part uses the real
//! API (and `DFNS_APP_ID` names the legacy application to rename).

use apifleet::jtl::{JtlClient, WaitOptions, types};
use apifleet_sandbox::jtl::{Approval, JtlSandbox, JtlSandboxConfig};
use futures_util::StreamExt as _;
use std::num::NonZeroU32;
use std::time::Duration;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[tokio::main]
async fn main() -> Result<()> {
    jtl().await?;
    dfns().await?;
    zitadel().await?;
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

    println!("== JTL-Cloud ERP: a customer orders an item");
    let customer = jtl
        .create_customer()
        .body(
            types::CreateCustomer::builder()
                .customer_group_id(1)
                .internal_company_id(1)
                .language_iso("DE")
                .billing_address(
                    types::CreateAddress::builder()
                        .first_name(Some("Erika".to_string()))
                        .last_name(Some("Mustermann".to_string()))
                        .city("Hückelhoven")
                        .country_iso("DE"),
                ),
        )
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?
        .into_inner();
    println!("   POST /v1/customers: customer {}", customer.id);
    let item = jtl
        .create_item()
        .body(
            types::CreateItem::builder()
                .name("Tour mug")
                .sku(Some("TOUR-MUG".to_string()))
                .categories(Vec::new()),
        )
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?
        .into_inner();
    println!("   POST /v1/items: item {} ({:?})", item.id, item.sku);
    let order = jtl
        .create_sales_order()
        .body(
            types::CreateSalesOrder::builder()
                .customer_id(customer.id)
                .company_id(1)
                .comment(Some("ordered on the apifleet tour".to_string())),
        )
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?
        .into_inner();
    println!(
        "   POST /v1/salesOrders: order {} ({:?})",
        order.id, order.number
    );
    jtl.create_sales_order_line_items()
        .sales_order_id(order.id)
        .body(vec![
            types::CreateSalesOrderLineItem::builder()
                .item_id(item.id)
                .quantity(2.0)
                .try_into()?,
        ])
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?;
    let positions = jtl
        .query_sales_order_line_items()
        .sales_order_id(order.id)
        .send()
        .await
        .map_err(apifleet::jtl::Error::from)?
        .into_inner();
    for position in &positions {
        println!(
            "   position {}: {} x {} ({:?})",
            position.id,
            position.quantity.unwrap_or_default(),
            position.name.as_deref().unwrap_or_default(),
            position.type_
        );
    }
    Ok(())
}

/// ZITADEL: add a JWT IDP, update its JWT config with the deprecated call (the seed), then the same
/// through the replacement endpoint; then the v2 services (organization, user, session).
#[allow(deprecated)] // the point is to show the deprecated call next to its replacement
async fn zitadel() -> Result<()> {
    use apifleet::zitadel::{ErrorExt as _, ZitadelClient, types};
    println!("\n== ZITADEL: JWT identity provider");
    let (_sandbox, builder) = match (
        std::env::var("ZITADEL_BASE_URL"),
        std::env::var("ZITADEL_TOKEN"),
    ) {
        (Ok(url), Ok(token)) => {
            println!("   using the real instance at {url}");
            (
                None,
                ZitadelClient::builder()
                    .base_url(url)
                    .personal_access_token(token),
            )
        }
        _ => {
            let sandbox =
                apifleet_sandbox::zitadel::ZitadelSandbox::start(Default::default()).await?;
            println!("   sandbox at {}", sandbox.base_url());
            let builder = ZitadelClient::builder()
                .base_url(sandbox.base_url())
                .personal_access_token("sandbox-pat");
            (Some(sandbox), builder)
        }
    };
    let builder = match std::env::var("ZITADEL_ORG_ID") {
        Ok(org) => builder.org_id(org),
        Err(_) => builder,
    };
    let zitadel = builder.build()?;
    let e = apifleet::zitadel::Error::from;

    let added = zitadel
        .mgmt_add_org_jwt_idp()
        .body(apifleet_e2e::jwt_idp("apifleet tour"))
        .send()
        .await
        .map_err(e)?;
    let id = added.idp_id.clone().unwrap_or_default();
    println!("   added JWT IDP {id} (deprecated AddOrgJWTIDP)");

    let updated = zitadel
        .mgmt_update_org_idp_jwt_config()
        .idp_id(id.as_str())
        .body(apifleet_e2e::seed_jwt_config())
        .send()
        .await
        .map_err(e)?;
    println!(
        "   PUT /management/v1/idps/{id}/jwt_config (deprecated): sequence {:?}",
        updated
            .details
            .as_ref()
            .and_then(|d| d.sequence)
            .map(u64::from)
    );
    let again = zitadel
        .mgmt_update_org_idp_jwt_config()
        .idp_id(id.as_str())
        .body(apifleet_e2e::seed_jwt_config())
        .send()
        .await;
    match again.map_err(e) {
        Err(err) if err.is_not_changed() => {
            println!("   the same update again: {err} (nothing changed)")
        }
        Err(err) => return Err(err.into()),
        Ok(_) => println!("   the same update again was accepted"),
    }

    let replacement = types::UpdateJwtProviderRequest::builder()
        .name("apifleet tour")
        .issuer("https://accounts.custom.com")
        .jwt_endpoint("https://custom.com/auth/jwt/v2")
        .keys_endpoint(Some("https://accounts.custom.com/keys".parse()?))
        .header_name("x-auth-token");
    let done = zitadel
        .mgmt_update_jwt_provider()
        .id(id.as_str())
        .body(replacement)
        .send()
        .await
        .map_err(e)?;
    println!(
        "   PUT /management/v1/idps/generic_jwt/{id} (replacement): sequence {:?}",
        done.details
            .as_ref()
            .and_then(|d| d.sequence)
            .map(u64::from)
    );
    let v2 = zitadel
        .get_idp_by_id_v2()
        .id(id.as_str())
        .send()
        .await
        .map_err(e)?;
    let idp = v2.into_inner().idp.unwrap_or_default();
    println!(
        "   GET /v2/idps/{id}: {:?}, type {:?}, jwt endpoint {:?}",
        idp.name,
        idp.type_,
        idp.config.and_then(|c| c.jwt).and_then(|j| j.jwt_endpoint)
    );
    zitadel
        .mgmt_delete_provider()
        .id(id.as_str())
        .send()
        .await
        .map_err(e)?;
    println!("   deleted provider {id}");
    zitadel_v2(&zitadel).await
}

/// ZITADEL v2: create an organization, add a human user with a password, and create a session for
/// them with a password check (Connect paths, as ZITADEL's own SDKs call them).
async fn zitadel_v2(zitadel: &apifleet::zitadel::ZitadelClient) -> Result<()> {
    use apifleet::zitadel::v2::types;
    println!("\n== ZITADEL v2: organization, user, session");
    let e = apifleet::zitadel::Error::from;
    // Names must be unique in an instance; a suffix keeps reruns against a real one apart.
    let suffix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let org = zitadel
        .v2()
        .add_organization()
        .body(types::AddOrganizationRequest {
            name: Some(format!("apifleet tour {suffix}")),
            ..Default::default()
        })
        .send()
        .await
        .map_err(e)?
        .into_inner()
        .organization_id
        .unwrap_or_default();
    println!("   AddOrganization: {org}");
    let username = format!("ada-{suffix}");
    let password = "Tour-Passw0rd!";
    let user = zitadel
        .v2()
        .add_human_user()
        .body(types::AddHumanUserRequest {
            username: Some(username.clone()),
            organization: Some(types::UserOrganization {
                org: Some(types::UserOrganizationOrg::OrgId(org.clone())),
            }),
            profile: Some(types::SetHumanProfile {
                given_name: Some("Ada".into()),
                family_name: Some("Lovelace".into()),
                ..Default::default()
            }),
            email: Some(types::SetHumanEmail {
                email: Some(format!("{username}@example.com")),
                // A oneof: verified outright, or send / return a code.
                verification: Some(types::SetHumanEmailVerification::IsVerified(true)),
            }),
            password_type: Some(types::AddHumanUserRequestPasswordType::Password(
                types::Password {
                    password: Some(password.into()),
                    change_required: Some(false),
                },
            )),
            ..Default::default()
        })
        .send()
        .await
        .map_err(e)?
        .into_inner()
        .user_id
        .unwrap_or_default();
    println!("   AddHumanUser: {user} ({username})");
    let session = zitadel
        .v2()
        .create_session()
        .body(types::CreateSessionRequest {
            checks: Some(types::Checks {
                user: Some(types::CheckUser {
                    search: Some(types::CheckUserSearch::UserId(user.clone())),
                }),
                password: Some(types::CheckPassword {
                    password: Some(password.into()),
                }),
                ..Default::default()
            }),
            ..Default::default()
        })
        .send()
        .await
        .map_err(e)?
        .into_inner();
    println!(
        "   CreateSession with a password check: session {}",
        session.session_id.as_deref().unwrap_or("?")
    );
    Ok(())
}

/// Dfns: create a service account and update a legacy application as in the seed, both signed.
#[allow(deprecated)] // Update Application is deprecated upstream; the seed uses it
async fn dfns() -> Result<()> {
    use apifleet::dfns::{DfnsClient, ErrorExt as _, KeySigner, types};
    println!("\n== Dfns: signed user actions");
    let real = (
        std::env::var("DFNS_BASE_URL"),
        std::env::var("DFNS_TOKEN"),
        std::env::var("DFNS_CRED_ID"),
        std::env::var("DFNS_PRIVATE_KEY_PATH"),
    );
    let (sandbox, dfns, app_id) = match real {
        (Ok(url), Ok(token), Ok(cred), Ok(key_path)) => {
            println!("   using the real API at {url}");
            let signer = KeySigner::from_pem(cred, &std::fs::read_to_string(key_path)?)?;
            let app = std::env::var("DFNS_APP_ID").ok();
            (
                None,
                DfnsClient::builder()
                    .base_url(url)
                    .auth_token(token)
                    .signer(signer)
                    .build()?,
                app,
            )
        }
        _ => {
            let (private, public) =
                apifleet_e2e::keys::key_pair(apifleet_e2e::keys::Algorithm::Ed25519);
            let config =
                apifleet_sandbox::dfns::DfnsSandboxConfig::default().credential("cr-tour", public);
            let sandbox = apifleet_sandbox::dfns::DfnsSandbox::start(config).await?;
            println!(
                "   sandbox at {} (verifies every signature; fresh Ed25519 credential `cr-tour`)",
                sandbox.base_url()
            );
            let app = sandbox.add_application("Tour legacy app");
            let dfns = DfnsClient::builder()
                .base_url(sandbox.base_url())
                .auth_token("sandbox-token")
                .signer(KeySigner::from_pem("cr-tour", &private)?)
                .build()?;
            (Some(sandbox), dfns, Some(app))
        }
    };
    let e = apifleet::dfns::Error::from;
    let (_, service_key) = apifleet_e2e::keys::key_pair(apifleet_e2e::keys::Algorithm::P256);
    let request = types::CreateServiceAccountRequest::builder()
        .name("apifleet-tour")
        .public_key(service_key);
    match dfns
        .create_service_account()
        .body(request)
        .send()
        .await
        .map_err(e)
    {
        Ok(account) => println!(
            "   created service account {} (signed POST /auth/service-accounts; its token is shown once: {})",
            account.user_info.user_id.as_str(),
            if account
                .access_tokens
                .iter()
                .any(|t| t.access_token.is_some())
            {
                "received"
            } else {
                "absent"
            }
        ),
        Err(err) => match err.policy_pending() {
            Some(pending) => println!(
                "   service account awaits policy approval {:?}",
                pending.approval_id
            ),
            None => return Err(err.into()),
        },
    }
    if let Some(app_id) = app_id {
        let update = types::UpdateApplicationRequest::builder()
            .name(Some("My new Application name".parse()?))
            .external_id(Some("my_internal_id".to_string()));
        let app = dfns
            .update_application()
            .app_id(app_id.as_str())
            .body(update)
            .send()
            .await
            .map_err(e)?;
        println!(
            "   updated application {} to {:?} (signed PUT /auth/apps/{{appId}}, deprecated upstream)",
            app.app_id, app.name
        );
    }
    wallet_signature(&dfns).await?;
    if let Some(sandbox) = &sandbox {
        let signed = sandbox
            .requests()
            .iter()
            .filter(|r| r.header("x-dfns-useraction").is_some())
            .count();
        println!("   the sandbox verified {signed} signed writes");
    }
    Ok(())
}

/// Dfns: create a wallet, sign a hash with its key, and verify the signature offline with the
/// wallet's public key.
async fn wallet_signature(dfns: &apifleet::dfns::DfnsClient) -> Result<()> {
    use apifleet::dfns::{Wait, types};
    use k256::ecdsa::signature::hazmat::PrehashVerifier as _;
    let e = apifleet::dfns::Error::from;
    let wallet = dfns
        .create_wallet()
        .body(
            types::CreateWalletBody::builder()
                .network(types::WalletNetwork::EthereumSepolia)
                .name(Some("apifleet tour".parse()?)),
        )
        .send()
        .await
        .map_err(e)?;
    println!(
        "   created wallet {} on {} (signed POST /wallets), key {} ({})",
        wallet.id, wallet.network, wallet.signing_key.id, wallet.signing_key.curve
    );
    let hash = "0x9c22ff5f21f0b81b113e63f7db6da94fedef11b2119b4088b89664fb9a3cb658";
    let request = dfns
        .generate_key_signature()
        .key_id(wallet.signing_key.id.as_str())
        .body(types::GenerateKeySignatureRequest::Hash(
            types::GenerateKeySignatureRequestHash::builder()
                .hash(hash)
                .kind(types::HashKind::Hash)
                .try_into()?,
        ))
        .send()
        .await
        .map_err(e)?;
    // A real signature may wait for a policy or the signers: wait until it is signed.
    let signed = dfns
        .wait_until_signed(&wallet.signing_key.id, &request.id, Wait::default())
        .await?;
    let signature = signed
        .signature
        .ok_or("a signed request carries its signature")?;
    let public =
        k256::ecdsa::VerifyingKey::from_sec1_bytes(&unhex(&wallet.signing_key.public_key)?)?;
    let rs = [unhex(&signature.r)?, unhex(&signature.s)?].concat();
    public.verify_prehash(&unhex(hash)?, &k256::ecdsa::Signature::from_slice(&rs)?)?;
    println!(
        "   signature {} ({:?}) verifies offline with the wallet's public key",
        signed.id, signed.status
    );
    Ok(())
}

/// Hex (with or without `0x`) to bytes.
fn unhex(text: &str) -> Result<Vec<u8>> {
    let text = text.trim_start_matches("0x");
    (0..text.len())
        .step_by(2)
        .map(|i| {
            let pair = text.get(i..i + 2).ok_or("odd-length hex")?;
            Ok(u8::from_str_radix(pair, 16)?)
        })
        .collect()
}

//! Items, customers and sales orders with state in the JTL stand-in, through the generated client:
//! create, read, page, update, delete, and a sales order's positions.

use apifleet::jtl::{Error, ErrorKind, types};
use apifleet_e2e::jtl_client;
use apifleet_sandbox::jtl::{JtlSandbox, JtlSandboxConfig};
use futures_util::StreamExt as _;
use std::num::NonZeroU32;

async fn sandbox() -> JtlSandbox {
    JtlSandbox::start(JtlSandboxConfig::default())
        .await
        .expect("sandbox starts")
}

fn customer(city: &str) -> types::builder::CreateCustomer {
    types::CreateCustomer::builder()
        .customer_group_id(1)
        .internal_company_id(1)
        .language_iso("DE")
        .billing_address(types::CreateAddress::builder().city(city).country_iso("DE"))
}

#[tokio::test]
async fn customers_are_created_paged_updated_and_deleted() {
    let sb = sandbox().await;
    let jtl = jtl_client(&sb.base_url(), "unused");
    let mut ids = Vec::new();
    for city in ["Hückelhoven", "Köln", "Aachen"] {
        let created = jtl
            .create_customer()
            .body(customer(city))
            .send()
            .await
            .expect("201")
            .into_inner();
        ids.push(created.id);
    }
    let two = NonZeroU32::new(2).expect("non-zero");
    let listed: Vec<i32> = jtl
        .customers(two, |q| q)
        .map(|c| c.expect("decodes").id)
        .collect()
        .await;
    assert_eq!(listed, ids, "two pages of two, in order");

    let updated = jtl
        .update_customer()
        .customer_id(ids[0])
        .body(types::UpdateCustomer::builder().website(Some("https://shop.example".to_string())))
        .send()
        .await
        .expect("JTL answers an update with 201 and the customer")
        .into_inner();
    assert_eq!(updated.website.as_deref(), Some("https://shop.example"));

    jtl.delete_customer()
        .customer_id(ids[1])
        .send()
        .await
        .expect("204");
    let err = jtl
        .get_customer()
        .customer_id(ids[1])
        .send()
        .await
        .map_err(Error::from)
        .expect_err("gone");
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert_eq!(sb.customers().len(), 2);
}

#[tokio::test]
async fn a_sales_order_gets_positions_for_an_item() {
    let sb = sandbox().await;
    let jtl = jtl_client(&sb.base_url(), "unused");
    let buyer = jtl
        .create_customer()
        .body(customer("Hückelhoven"))
        .send()
        .await
        .expect("customer")
        .into_inner();
    let item = jtl
        .create_item()
        .body(
            types::CreateItem::builder()
                .name("Mug")
                .categories(Vec::new()),
        )
        .send()
        .await
        .expect("item")
        .into_inner();
    assert!(item.sku.as_deref().is_some_and(|s| s.starts_with("ART-")));
    let renamed = jtl
        .update_item()
        .item_id(item.id)
        .body(types::UpdateItem::builder().name(Some("Big mug".to_string())))
        .send()
        .await
        .expect("201")
        .into_inner();
    assert_eq!(renamed.name.as_deref(), Some("Big mug"));

    let order = jtl
        .create_sales_order()
        .body(
            types::CreateSalesOrder::builder()
                .customer_id(buyer.id)
                .company_id(1),
        )
        .send()
        .await
        .expect("order")
        .into_inner();
    assert_eq!(order.customer_id, Some(buyer.id));
    let lines = vec![
        types::CreateSalesOrderLineItem::builder()
            .item_id(item.id)
            .quantity(3.0)
            .try_into()
            .expect("a line"),
        types::CreateSalesOrderLineItem::builder()
            .name(Some("Gift wrapping".to_string()))
            .quantity(1.0)
            .try_into()
            .expect("a line"),
    ];
    jtl.create_sales_order_line_items()
        .sales_order_id(order.id)
        .body(lines)
        .send()
        .await
        .expect("201");
    let positions = jtl
        .query_sales_order_line_items()
        .sales_order_id(order.id)
        .send()
        .await
        .expect("positions")
        .into_inner();
    let summary: Vec<_> = positions
        .iter()
        .map(|p| (p.name.clone(), p.quantity, p.type_))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                Some("Big mug".to_string()),
                Some(3.0),
                Some(types::SalesOrderLineItemType::Item)
            ),
            (
                Some("Gift wrapping".to_string()),
                Some(1.0),
                Some(types::SalesOrderLineItemType::Blank)
            ),
        ]
    );
    let orders: Vec<_> = jtl
        .sales_orders(NonZeroU32::MIN, |q| q.customer_id(buyer.id))
        .collect()
        .await;
    assert_eq!(orders.len(), 1);

    // An order for a customer that does not exist is a validation error; positions of an order
    // that does not exist are a 404.
    let err = jtl
        .create_sales_order()
        .body(
            types::CreateSalesOrder::builder()
                .customer_id(999)
                .company_id(1),
        )
        .send()
        .await
        .map_err(Error::from)
        .expect_err("400");
    assert_eq!(err.kind(), Some(ErrorKind::BadRequest));
    assert!(
        err.body()
            .is_some_and(|b| b.validation_errors.contains_key("CustomerId"))
    );
    let err = jtl
        .query_sales_order_line_items()
        .sales_order_id(999)
        .send()
        .await
        .map_err(Error::from)
        .expect_err("404");
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
}

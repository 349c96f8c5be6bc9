//! A `Stream` of items for every paged list operation, found from the spec: by token (Dfns), by
//! page number (JTL), or by offset in the request body (ZITADEL v2).
//!
//! An operation pages this way when it takes the provider's token query parameter and answers an
//! object with the items array and the next token (Dfns: `paginationToken` → `{items, nextPageToken}`).
//! For each, `Client::<op>_stream(configure)` walks the pages with
//! `apifleet_runtime::paginate::by_token`; `configure` sets the other parameters on each page's
//! request. The types come from the generated code itself (the builder's `send()` and the response
//! struct's `items` field), so nothing is written per operation.

use crate::spec::{OperationRef, Spec};
use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How a provider pages by token.
#[derive(Debug)]
pub struct TokenPaging {
    /// The query parameter carrying the token (`paginationToken`).
    pub token_param: &'static str,
    /// The response property with the next token (`nextPageToken`).
    pub next_field: &'static str,
    /// The response property with the page's items (`items`).
    pub items_field: &'static str,
}

/// How a provider pages by page number.
#[derive(Debug)]
pub struct NumberPaging {
    /// The query parameter with the page number, counted from `first` (`pageNumber`).
    pub page_param: &'static str,
    /// The query parameter with the page size (`pageSize`).
    pub size_param: &'static str,
    /// The number of the first page.
    pub first: u32,
    /// The response property with the page's items (`Items`).
    pub items_field: &'static str,
    /// The response property saying whether another page follows (`HasNextPage`); when a
    /// provider leaves it out, a full page means "maybe more".
    pub has_next_field: &'static str,
}

/// The Rust method names of every operation paged by number: it takes the page and size query
/// parameters and answers an object with the items array.
pub fn number_paged_operations(spec: &Spec, paging: &NumberPaging) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for op in spec.operations() {
        let Some(id) = op.op.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        let query = query_names(spec, &op)?;
        if !(query.contains(paging.page_param) && query.contains(paging.size_param)) {
            continue;
        }
        let Some(answer) = answer_schema(spec, &op)? else {
            continue;
        };
        if is_array_property(spec, answer, paging.items_field)? {
            out.push(crate::generate::method_name(id));
        }
    }
    Ok(out)
}

/// Adds a `<op>_stream(page_size, configure)` method for each operation paged by number; each
/// carries its operation's feature. Every one walks the pages with the runtime's one
/// `by_page_number` paginator.
pub fn emit_by_number(
    file: &mut syn::File,
    paged: &[String],
    paging: &NumberPaging,
    areas: &BTreeMap<String, String>,
) -> Result<usize, String> {
    let builders = client_builders(file);
    let mut methods = Vec::new();
    for method in paged {
        let Listed {
            builder,
            response,
            error,
            item,
            items_optional: optional,
        } = listed(file, &builders, method, paging.items_field)?;
        let has_next_name = paging.has_next_field.to_snake_case();
        let has_next_optional = field_type(file, &response, &has_next_name)
            .ok_or_else(|| format!("types::{response}: no `{}` field", paging.has_next_field))?
            .starts_with("::std::option::Option<");
        let name = format_ident!("{method}_stream");
        let op = format_ident!("{method}");
        let builder_ident = format_ident!("{builder}");
        let page_setter = format_ident!("{}", paging.page_param.to_snake_case());
        let size_setter = format_ident!("{}", paging.size_param.to_snake_case());
        let items = format_ident!("{}", paging.items_field.to_snake_case());
        let has_next = format_ident!("{has_next_name}");
        let items_expr = if optional {
            quote!(page.#items.unwrap_or_default())
        } else {
            quote!(page.#items)
        };
        let has_next_expr = if has_next_optional {
            quote!(page.#has_next.unwrap_or(items.len() >= page_size.get() as usize))
        } else {
            quote!(page.#has_next)
        };
        let first = paging.first;
        let cfg = areas.get(method).map(|f| quote!(#[cfg(feature = #f)]));
        let doc = format!(
            " Every item of [`Client::{method}`], `page_size` at a time (one page in memory), until a \
             page says it is the last (`{}`) or comes back empty. `configure` sets the other \
             parameters of each page's request.",
            paging.has_next_field
        );
        methods.push(quote! {
            #cfg
            #[doc = #doc]
            pub fn #name<'a, C>(
                &'a self,
                page_size: ::std::num::NonZeroU32,
                configure: C,
            ) -> apifleet_runtime::paginate::PageStream<'a, #item, Error<types::#error>>
            where
                C: Fn(builder::#builder_ident<'a>) -> builder::#builder_ident<'a> + Send + 'a,
            {
                apifleet_runtime::paginate::by_page_number(#first, move |number| {
                    let request = configure(self.#op())
                        .#page_setter(number)
                        .#size_setter(page_size);
                    async move {
                        let page = request.send().await?.into_inner();
                        let items = #items_expr;
                        Ok(apifleet_runtime::paginate::Page {
                            has_next: #has_next_expr,
                            items,
                        })
                    }
                })
            }
        });
    }
    Ok(push_streams(
        file,
        methods,
        " Streams over the list operations paged by number (generated from the spec).",
    ))
}

/// The Rust method names of every token-paged operation.
pub fn paged_operations(spec: &Spec, paging: &TokenPaging) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for op in spec.operations() {
        let Some(id) = op.op.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        if !query_names(spec, &op)?.contains(paging.token_param) {
            continue;
        }
        let Some(answer) = answer_schema(spec, &op)? else {
            continue;
        };
        let has_next = answer
            .get("properties")
            .and_then(|p| p.get(paging.next_field))
            .is_some();
        if is_array_property(spec, answer, paging.items_field)? && has_next {
            out.push(crate::generate::method_name(id));
        }
    }
    Ok(out)
}

/// Adds a `<op>_stream` method for each paged operation; each carries its operation's feature.
pub fn emit(
    file: &mut syn::File,
    paged: &[String],
    paging: &TokenPaging,
    areas: &BTreeMap<String, String>,
) -> Result<usize, String> {
    let builders = client_builders(file);
    let mut methods = Vec::new();
    for method in paged {
        let Listed {
            builder,
            error,
            item,
            ..
        } = listed(file, &builders, method, paging.items_field)?;
        let name = format_ident!("{method}_stream");
        let op = format_ident!("{method}");
        let builder_ident = format_ident!("{builder}");
        let setter = format_ident!("{}", paging.token_param.to_snake_case());
        let items = format_ident!("{}", paging.items_field.to_snake_case());
        let next = format_ident!("{}", paging.next_field.to_snake_case());
        let cfg = areas.get(method).map(|f| quote!(#[cfg(feature = #f)]));
        let doc = format!(
            " Every item of [`Client::{method}`], page after page (one page in memory), following \
             `{}` until the last page. `configure` sets the other parameters of each page's request.",
            paging.next_field
        );
        methods.push(quote! {
            #cfg
            #[doc = #doc]
            pub fn #name<'a, C>(
                &'a self,
                configure: C,
            ) -> apifleet_runtime::paginate::PageStream<'a, #item, Error<types::#error>>
            where
                C: Fn(builder::#builder_ident<'a>) -> builder::#builder_ident<'a> + Send + 'a,
            {
                apifleet_runtime::paginate::by_token(move |token| {
                    let request = configure(self.#op());
                    let request = match token {
                        Some(token) => request.#setter(token),
                        None => request,
                    };
                    async move {
                        let page = request.send().await?.into_inner();
                        Ok((page.#items, page.#next))
                    }
                })
            }
        });
    }
    Ok(push_streams(
        file,
        methods,
        " Streams over the token-paged list operations (generated from the spec).",
    ))
}

/// How a provider pages by offset in the request body: a body property holds an object with
/// `offset` and `limit` (ZITADEL's `query: ListQuery` or `pagination: PaginationRequest`), and the
/// answer has one items array and an object with the total (`details` or `pagination`).
#[derive(Debug)]
pub struct OffsetPaging {
    /// The property of the answer's page details with the total count (`totalResult`).
    pub total_field: &'static str,
}

/// One offset-paged operation, with the JSON names of its paging properties.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetPaged {
    /// The Rust method name.
    pub method: String,
    /// The request body property with `offset` and `limit`.
    pub page_field: String,
    /// The answer's items array.
    pub items_field: String,
    /// The answer's property holding the total.
    pub details_field: String,
}

/// Every operation paged by offset in its JSON request body, as [`OffsetPaging`] describes.
pub fn offset_paged_operations(
    spec: &Spec,
    paging: &OffsetPaging,
) -> Result<Vec<OffsetPaged>, String> {
    let properties = |schema: &Value| -> Result<Vec<(String, Value)>, String> {
        let schema = spec.resolve(schema)?;
        let mut out = Vec::new();
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            out.push((name.clone(), spec.resolve(prop)?.clone()));
        }
        Ok(out)
    };
    let has =
        |schema: &Value, name: &str| schema.get("properties").and_then(|p| p.get(name)).is_some();
    let mut out = Vec::new();
    for op in spec.operations() {
        let Some(id) = op.op.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        let (Some(request), Some(response)) = (
            op.op
                .pointer("/requestBody/content/application~1json/schema"),
            op.op.pointer(ANSWER),
        ) else {
            continue;
        };
        let Some(page_field) = properties(request)?
            .into_iter()
            .find(|(_, s)| has(s, "offset") && has(s, "limit"))
            .map(|(name, _)| name)
        else {
            continue;
        };
        let answer = properties(response)?;
        let arrays: Vec<&String> = answer
            .iter()
            .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("array"))
            .map(|(name, _)| name)
            .collect();
        let details = answer
            .iter()
            .find(|(_, s)| has(s, paging.total_field))
            .map(|(name, _)| name);
        if let ([items], Some(details)) = (arrays.as_slice(), details) {
            out.push(OffsetPaged {
                method: crate::generate::method_name(id),
                page_field,
                items_field: (*items).clone(),
                details_field: details.clone(),
            });
        }
    }
    Ok(out)
}

/// Adds a `<op>_stream(limit, request)` method for each offset-paged operation; each carries its
/// operation's feature.
pub fn emit_offset(
    file: &mut syn::File,
    paged: &[OffsetPaged],
    paging: &OffsetPaging,
    areas: &BTreeMap<String, String>,
) -> Result<usize, String> {
    let builders = client_builders(file);
    let mut methods = Vec::new();
    for op in paged {
        let method = &op.method;
        let Listed {
            builder,
            error,
            item,
            ..
        } = listed(file, &builders, method, &op.items_field)?;
        let request = body_type(file, &builder)
            .ok_or_else(|| format!("builder::{builder}: no `body()` taking a request type"))?;
        let request = format_ident!("{request}");
        let name = format_ident!("{method}_stream");
        let call = format_ident!("{method}");
        let page = format_ident!("{}", op.page_field.to_snake_case());
        let items = format_ident!("{}", op.items_field.to_snake_case());
        let details = format_ident!("{}", op.details_field.to_snake_case());
        let total = format_ident!("{}", paging.total_field.to_snake_case());
        let cfg = areas.get(method).map(|f| quote!(#[cfg(feature = #f)]));
        let doc = format!(
            " Every item of [`Client::{method}`] matching `request`, `limit` per request (one page \
             in memory): `{}.offset` walks from 0 until `{}.{}` items have come, or a page comes \
             short.",
            op.page_field, op.details_field, paging.total_field
        );
        methods.push(quote! {
            #cfg
            #[doc = #doc]
            pub fn #name<'a>(
                &'a self,
                limit: ::std::num::NonZeroU32,
                request: types::#request,
            ) -> apifleet_runtime::paginate::PageStream<'a, #item, Error<types::#error>> {
                apifleet_runtime::paginate::by_offset(limit.get(), move |offset| {
                    let mut body = request.clone();
                    let mut page = body.#page.take().unwrap_or_default();
                    page.offset = Some(apifleet_runtime::Uint64(offset));
                    page.limit = ::std::convert::TryFrom::try_from(limit.get()).ok();
                    body.#page = Some(page);
                    let sent = self.#call().body(body).send();
                    async move {
                        let answer = sent.await?.into_inner();
                        let total = answer.#details.and_then(|d| d.#total).map(u64::from);
                        Ok((answer.#items, total))
                    }
                })
            }
        });
    }
    Ok(push_streams(
        file,
        methods,
        " Streams over the offset-paged list operations (generated from the spec).",
    ))
}

/// Where an operation's JSON answer (status 200) has its schema.
const ANSWER: &str = "/responses/200/content/application~1json/schema";

/// The names of an operation's query parameters, its own and its path's.
fn query_names(spec: &Spec, op: &OperationRef<'_>) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    for params in [op.path_params, op.op.get("parameters")]
        .into_iter()
        .flatten()
    {
        for p in params.as_array().into_iter().flatten() {
            let p = spec.resolve(p)?;
            if p.get("in").and_then(Value::as_str) == Some("query")
                && let Some(name) = p.get("name").and_then(Value::as_str)
            {
                names.insert(name.to_string());
            }
        }
    }
    Ok(names)
}

/// An operation's JSON answer schema, resolved, when it declares one.
fn answer_schema<'a>(spec: &'a Spec, op: &OperationRef<'a>) -> Result<Option<&'a Value>, String> {
    op.op.pointer(ANSWER).map(|s| spec.resolve(s)).transpose()
}

/// Whether `schema` has a property `name` that is an array.
fn is_array_property(spec: &Spec, schema: &Value, name: &str) -> Result<bool, String> {
    let property = schema
        .get("properties")
        .and_then(|p| p.get(name))
        .map(|s| spec.resolve(s))
        .transpose()?;
    Ok(property.and_then(|s| s.get("type")).and_then(Value::as_str) == Some("array"))
}

/// What every stream method needs of its list operation.
struct Listed {
    /// The operation's builder (`builder::ListWallets`).
    builder: String,
    /// The answer's type name in `types`.
    response: String,
    /// The error body type.
    error: syn::Ident,
    /// The item type, named from the module the streams live in.
    item: syn::Type,
    /// Whether the answer's items field is an `Option`.
    items_optional: bool,
}

fn listed(
    file: &syn::File,
    builders: &BTreeMap<String, String>,
    method: &str,
    items_field: &str,
) -> Result<Listed, String> {
    let builder = builders
        .get(method)
        .ok_or_else(|| format!("no Client::{method} in the generated code"))?;
    let (response, error) = send_types(file, builder)
        .ok_or_else(|| format!("builder::{builder}: no `send()` returning a response"))?;
    let (item, items_optional) = items_type(file, &response, items_field)
        .ok_or_else(|| format!("types::{response}: no `{items_field}` vector"))?;
    // A generated type is named from `types`; anything else (`String`) as it is.
    let item: syn::Type = if syn::parse_str::<syn::Ident>(&item).is_ok() {
        syn::parse_str(&format!("types::{item}"))
    } else {
        syn::parse_str(&item)
    }
    .map_err(|e| format!("types::{response}: item type `{item}`: {e}"))?;
    Ok(Listed {
        builder: builder.clone(),
        response,
        error: format_ident!("{error}"),
        item,
        items_optional,
    })
}

/// Adds one `impl Client` holding `methods` (if any); returns how many.
fn push_streams(file: &mut syn::File, methods: Vec<TokenStream>, doc: &str) -> usize {
    let count = methods.len();
    if count > 0 {
        file.items.push(syn::parse_quote! {
            #[doc = #doc]
            impl Client {
                #(#methods)*
            }
        });
    }
    count
}

/// The request type in `builder::<builder>::body<V>(..) where V: TryInto<types::R>`.
fn body_type(file: &syn::File, builder: &str) -> Option<String> {
    let module = file.items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
        _ => None,
    })?;
    for item in &module.1 {
        let syn::Item::Impl(imp) = item else { continue };
        let is_builder = matches!(&*imp.self_ty, syn::Type::Path(p)
            if p.path.segments.last().is_some_and(|s| s.ident == builder));
        if !is_builder {
            continue;
        }
        for i in &imp.items {
            let syn::ImplItem::Fn(f) = i else { continue };
            if f.sig.ident != "body" {
                continue;
            }
            let text = f.to_token_stream().to_string().replace(' ', "");
            let request = text.split("TryInto<types::").nth(1)?.split('>').next()?;
            return Some(request.to_string());
        }
    }
    None
}

/// `Client` method name → the builder struct it returns.
fn client_builders(file: &syn::File) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        for i in &imp.items {
            if let syn::ImplItem::Fn(f) = i
                && let syn::ReturnType::Type(_, ty) = &f.sig.output
                && let syn::Type::Path(p) = &**ty
                && p.path.segments.len() == 2
                && p.path.segments[0].ident == "builder"
            {
                out.insert(
                    f.sig.ident.to_string(),
                    p.path.segments[1].ident.to_string(),
                );
            }
        }
    }
    out
}

/// The success and error type names in `builder::<builder>::send()`'s
/// `Result<ResponseValue<types::R>, Error<types::E>>`.
fn send_types(file: &syn::File, builder: &str) -> Option<(String, String)> {
    let module = file.items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
        _ => None,
    })?;
    for item in &module.1 {
        let syn::Item::Impl(imp) = item else { continue };
        let is_builder = matches!(&*imp.self_ty, syn::Type::Path(p)
            if p.path.segments.last().is_some_and(|s| s.ident == builder));
        if !is_builder {
            continue;
        }
        for i in &imp.items {
            let syn::ImplItem::Fn(f) = i else { continue };
            if f.sig.ident != "send" {
                continue;
            }
            let text = f.sig.output.to_token_stream().to_string().replace(' ', "");
            let response = text
                .split("ResponseValue<types::")
                .nth(1)?
                .split('>')
                .next()?;
            let error = text.split("Error<types::").nth(1)?.split('>').next()?;
            return Some((response.to_string(), error.to_string()));
        }
    }
    None
}

/// The element type of `types::<response>.<items>: Vec<T>` (or `Option<Vec<T>>`, then `true`), as
/// text.
fn items_type(file: &syn::File, response: &str, items_field: &str) -> Option<(String, bool)> {
    let text = field_type(file, response, &items_field.to_snake_case())?;
    let (optional, text) = match text.strip_prefix("::std::option::Option<") {
        Some(inner) => (true, inner.strip_suffix('>')?.to_string()),
        None => (false, text),
    };
    let inner = text.split_once("Vec<")?.1.strip_suffix('>')?;
    Some((inner.to_string(), optional))
}

/// The type of `types::<response>.<field>`, as text without spaces.
fn field_type(file: &syn::File, response: &str, field_name: &str) -> Option<String> {
    let module = file.items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
        _ => None,
    })?;
    for item in &module.1 {
        let syn::Item::Struct(s) = item else { continue };
        if s.ident != response {
            continue;
        }
        for field in &s.fields {
            if field.ident.as_ref().is_some_and(|i| *i == field_name) {
                return Some(field.ty.to_token_stream().to_string().replace(' ', ""));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_paged_by_number_are_found_from_parameters_and_envelope() {
        let spec = Spec::parse(
            "t.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /items:\n    get:\n      operationId: queryItems\n      parameters:\n        \
             - {$ref: '#/components/parameters/PageNumber'}\n        - {name: pageSize, in: query, schema: {type: integer}}\n      \
             responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}\n  \
             /all:\n    get:\n      operationId: allItems\n      parameters:\n        \
             - {$ref: '#/components/parameters/PageNumber'}\n      \
             responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}\n  \
             /list:\n    get:\n      operationId: listThings\n      parameters:\n        \
             - {$ref: '#/components/parameters/PageNumber'}\n        - {name: pageSize, in: query, schema: {type: integer}}\n      \
             responses:\n        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}\n\
             components:\n  parameters:\n    PageNumber: {name: pageNumber, in: query, schema: {type: integer}}\n  \
             schemas:\n    Page: {type: object, properties: {Items: {type: array, items: {type: string}}, HasNextPage: {type: boolean}}}\n",
        )
        .expect("parses");
        let paging = NumberPaging {
            page_param: "pageNumber",
            size_param: "pageSize",
            first: 1,
            items_field: "Items",
            has_next_field: "HasNextPage",
        };
        assert_eq!(
            number_paged_operations(&spec, &paging).expect("finds"),
            vec!["query_items".to_string()],
            "all_items lacks the size, list_things the envelope"
        );
    }

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /svc/ListThings:
    post:
      operationId: listThings
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/ListThingsRequest'}}}}
      responses:
        '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/ListThingsResponse'}}}}
  /svc/GetThing:
    post:
      operationId: getThing
      requestBody: {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
      responses:
        '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/ListThingsResponse'}}}}
components:
  schemas:
    Page: {type: object, properties: {offset: {type: string}, limit: {type: integer}, asc: {type: boolean}}}
    Details: {type: object, properties: {totalResult: {type: string}}}
    ListThingsRequest: {type: object, properties: {pagination: {$ref: '#/components/schemas/Page'}, name: {type: string}}}
    ListThingsResponse:
      type: object
      properties:
        pagination: {$ref: '#/components/schemas/Details'}
        things: {type: array, items: {type: string}}
"#;

    #[test]
    fn offset_paged_operations_are_found_from_request_and_answer_shapes() {
        let spec = Spec::parse("test.yaml", SPEC).expect("valid spec");
        let paged = offset_paged_operations(
            &spec,
            &OffsetPaging {
                total_field: "totalResult",
            },
        )
        .expect("found");
        assert_eq!(
            paged,
            [OffsetPaged {
                method: "list_things".into(),
                page_field: "pagination".into(),
                items_field: "things".into(),
                details_field: "pagination".into(),
            }]
        );
    }
}

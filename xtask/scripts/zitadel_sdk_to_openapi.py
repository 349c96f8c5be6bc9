#!/usr/bin/env python3
"""Facts of ZITADEL's v2 services, as ZITADEL's official Python SDK states them, as one OpenAPI 3.0.3
document: the input of `cargo xtask import zitadel-v2 --from <document>`.

ZITADEL does not commit its generated OpenAPI documents (the per-service ones are build artifacts), so
the most complete published statement of the v2 wire format is the OpenAPI-generated SDK
`zitadel-client` (PyPI). This script reads an unpacked wheel *as data* (Python's `ast`, nothing is
imported or executed) and writes only facts: the RPCs the SDK calls (method, path, request and
response message), message fields (JSON names, types) and enum values. No descriptions are carried.

    pip download zitadel-client==4.1.9 --no-deps -d /tmp/zc && unzip -q /tmp/zc/*.whl -d /tmp/zc/w
    python3 xtask/scripts/zitadel_sdk_to_openapi.py /tmp/zc/w > /tmp/zitadel-v2.json
    cargo xtask import zitadel-v2 --from /tmp/zitadel-v2.json

Beta services (`beta_*`) are left out. Messages repeated per service with the same shape
(`UserServiceDetails`, `SessionServiceDetails`, ...) become one schema (`Details`); shapes that differ
keep the service in their name (`UserDetails`).
"""

import ast
import json
import os
import re
import sys

SERVICES = {
    # SDK module prefix -> (tag, proto package)
    "action_service": "Action",
    "application_service": "Application",
    "authorization_service": "Authorization",
    "feature_service": "Feature",
    "identity_provider_service": "Identity Provider",
    "instance_service": "Instance",
    "internal_permission_service": "Internal Permission",
    "oidc_service": "OIDC",
    "organization_service": "Organization",
    "project_service": "Project",
    "saml_service": "SAML",
    "session_service": "Session",
    "settings_service": "Settings",
    "user_service": "User",
    "web_key_service": "Web Key",
}


def class_prefix(module_prefix):
    parts = module_prefix.split("_")
    special = {"oidc": "OIDC", "saml": "SAML"}
    return "".join(special.get(p, p.capitalize()) for p in parts)


def ann_to_schema(node, field, refs):
    """An annotation's AST → JSON schema (refs: SDK class names, resolved later)."""
    if isinstance(node, ast.Name):
        name = node.id
        if name == "StrictStr":
            return {"type": "string"}
        if name == "StrictBool":
            return {"type": "boolean"}
        if name == "StrictInt":
            return {"type": "integer", "format": "int32"}
        if name == "StrictFloat":
            return {"type": "number", "format": "double"}
        if name == "datetime":
            return {"type": "string", "format": "date-time"}
        if name == "Any":
            if field == "debug":
                return {}
            # The SDK types protojson's 64-bit integers (strings or numbers) as Any.
            return {"$ref": "#/components/schemas/Uint64"}
        refs.add(name)
        return {"$ref": "SDK:" + name}
    if isinstance(node, ast.Subscript):
        head = node.value.id if isinstance(node.value, ast.Name) else None
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head == "Optional":
            return ann_to_schema(args[0], field, refs)
        if head == "List":
            return {"type": "array", "items": ann_to_schema(args[0], field, refs)}
        if head == "Dict":
            value = args[1]
            if isinstance(value, ast.Name) and value.id == "Any":
                # An empty message (a oneof branch such as `returnCode: {}`) or a
                # `google.protobuf.Struct`: sending it empty is meaningful, so it must be able to
                # be present and empty (`nullable` makes it an `Option` in Rust; protojson reads
                # `null` as absent).
                return {"type": "object", "additionalProperties": True, "nullable": True}
            return {"type": "object", "additionalProperties": ann_to_schema(value, field, refs)}
        if head == "Union":
            names = {a.id for a in args if isinstance(a, ast.Name)}
            if "StrictBytes" in names:
                return {"type": "string", "format": "byte"}
            if names == {"StrictFloat", "StrictInt"}:
                return {"type": "number", "format": "double"}
        if head == "Annotated":
            return ann_to_schema(args[0], field, refs)
    raise SystemExit(f"unknown annotation {ast.dump(node)} on {field}")


def read_models(models_dir):
    schemas = {}
    for file in sorted(os.listdir(models_dir)):
        if not file.endswith(".py") or file.startswith("beta_") or file == "__init__.py":
            continue
        if not any(file.startswith(p + "_") for p in SERVICES):
            continue
        tree = ast.parse(open(os.path.join(models_dir, file), encoding="utf-8").read())
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            bases = {b.id for b in cls.bases if isinstance(b, ast.Name)}
            if "Enum" in bases:
                values = [
                    s.value.value
                    for s in cls.body
                    if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
                ]
                schemas[cls.name] = {"type": "string", "enum": values}
                continue
            if "BaseModel" not in bases:
                continue
            props = {}
            open_object = False
            for s in cls.body:
                if not isinstance(s, ast.AnnAssign) or not isinstance(s.target, ast.Name):
                    continue
                name = s.target.id
                if name == "additional_properties":
                    open_object = True
                    continue
                if isinstance(s.annotation, ast.Subscript) and getattr(
                    s.annotation.value, "id", ""
                ) == "ClassVar":
                    continue
                alias = name
                if isinstance(s.value, ast.Call):
                    for kw in s.value.keywords:
                        if kw.arg == "alias":
                            alias = kw.value.value
                props[alias] = ann_to_schema(s.annotation, name, set())
            schema = {"type": "object", "properties": props}
            if open_object:
                schema["additionalProperties"] = True
            schemas[cls.name] = schema
    return schemas


DEF_RE = re.compile(
    r"\n    def ([a-z0-9_]+)\(\s*self,\s*(?:([a-z0-9_]+): (Optional\[)?([A-Za-z0-9]+)\]?( = None)?,)?"
)


def read_operations(api_dir):
    ops = []
    for file in sorted(os.listdir(api_dir)):
        module = file[: -len("_api.py")] if file.endswith("_api.py") else None
        if module not in SERVICES:
            continue
        text = open(os.path.join(api_dir, file), encoding="utf-8").read()
        for m in DEF_RE.finditer(text):
            name = m.group(1)
            if name.startswith("_") or name.endswith("_with_http_info") or name.endswith(
                "_without_preload_content"
            ):
                continue
            rest = text[m.end():]
            response = re.search(r"'200': \"([A-Za-z0-9]+)\"", rest).group(1)
            path_m = re.search(r"resource_path='([^']+)'", rest)
            method = re.search(r"method='([A-Z]+)'", rest).group(1)
            ops.append(
                {
                    "tag": SERVICES[module],
                    "path": path_m.group(1),
                    "method": method.lower(),
                    "request": m.group(4),
                    "response": response,
                }
            )
    return ops


def canonical_names(schemas):
    """SDK class → schema name: the service prefix dropped where every service's copy is alike."""
    prefixes = sorted((class_prefix(p) for p in SERVICES), key=len, reverse=True)

    def strip(name):
        for p in prefixes:
            if name.startswith(p) and len(name) > len(p):
                return p, name[len(p):]
        raise SystemExit(f"{name}: no service prefix")

    names = {n: strip(n)[1] for n in schemas}
    while True:
        def shape(n):
            return json.dumps(rename(schemas[n], names), sort_keys=True)

        # Names that differ only in case (`OrganizationIDQuery`, `OrganizationIdQuery`) would be one
        # Rust type: they are grouped, so that shapes that differ keep their service.
        groups = {}
        for n, short in names.items():
            groups.setdefault(short.lower(), []).append(n)
        changed = False
        for short, members in groups.items():
            clusters = {}
            for m in members:
                clusters.setdefault(shape(m), []).append(m)
            if len(clusters) == 1 and len({names[m] for m in members}) == 1:
                continue
            # One shape keeps the plain name: the one of the service the name speaks of
            # (`Organization` in the Organization service, `AddHumanUserRequest` in the User
            # service), else the one most services share, else the first service's.
            def rank(cluster):
                services = sorted(strip(m)[0][: -len("Service")] for m in cluster)
                named = any(svc.replace(" ", "") in names[cluster[0]] for svc in services)
                return (not named, -len(cluster), services[0])

            keep = min(clusters.values(), key=rank)
            for m in members:
                if m not in keep:
                    service, rest = strip(m)
                    names[m] = service[: -len("Service")] + rest
            changed = True
        if not changed:
            return names


def rename(value, names):
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("SDK:"):
                out[k] = "#/components/schemas/" + names[v[4:]]
            else:
                out[k] = rename(v, names)
        return out
    if isinstance(value, list):
        return [rename(v, names) for v in value]
    return value


def main():
    root = os.path.join(sys.argv[1], "zitadel_client")
    version = "unknown"
    for entry in os.listdir(sys.argv[1]):
        m = re.match(r"zitadel_client-(.+)\.dist-info", entry)
        if m:
            version = m.group(1)
    schemas = read_models(os.path.join(root, "models"))
    names = canonical_names(schemas)
    components = {}
    for sdk, name in names.items():
        components[name] = rename(schemas[sdk], names)
    components["EmptyRequest"] = {"type": "object"}
    components["EmptyResponse"] = {"type": "object", "additionalProperties": True}
    components["Uint64"] = {"type": "string", "format": "uint64", "pattern": "^[0-9]+$"}
    paths = {}
    for op in read_operations(os.path.join(root, "api")):
        service, rpc = op["path"].strip("/").split("/")
        paths[op["path"]] = {
            op["method"]: {
                "tags": [op["tag"]],
                "summary": rpc,
                "x-zitadel-rpc": f"{service}/{rpc}",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": "#/components/schemas/"
                                # An empty request message is typed as a free-form object.
                                + (names[op["request"]] if op["request"] else "EmptyRequest")
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/"
                                    # An empty response message: the SDK says `object`.
                                    + names.get(op["response"], "EmptyResponse")
                                }
                            }
                        },
                    }
                },
            }
        }
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "zitadel-client (PyPI) v2 services", "version": version},
        "servers": [{"url": "https://{instance}"}],
        "tags": [{"name": t} for t in sorted(set(SERVICES.values()))],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(components.items()))},
    }
    json.dump(doc, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

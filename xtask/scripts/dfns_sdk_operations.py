#!/usr/bin/env python3
"""Adds to Dfns' published OpenAPI document the operations Dfns' official Python SDK calls and
the document lacks, and prints the combined document (JSON): the input of
`cargo xtask import dfns --from <combined>`.

    pip download dfns-sdk==1.0.4 --no-deps && unzip dfns_sdk-1.0.4-py3-none-any.whl -d dfns-sdk
    python3 xtask/scripts/dfns_sdk_operations.py dfns-sdk dfns-1.578.2.openapi.json > dfns-combined.json

The SDK is read as data (Python's `ast`; nothing is imported or run), and only facts travel: each
call's method, path, path and query parameters, whether it is signed (`requires_signature`), its
title (the docstring's first line), and the request and response fields its `TypedDict` hints
state. The SDK writes field names in snake_case and sends what the caller gives; Dfns' wire names
are camelCase (the rule reproduces the published document's query parameters), so names are
camel-cased. Objects the hints type as `dict[str, Any]` stay free-form. Operations the published
document has are left exactly as it states them.
"""

import ast
import json
import re
import sys
from pathlib import Path

SDK_VERSION_FILE = "_version.py"


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def title(domain: str) -> str:
    return " ".join(w.capitalize() for w in domain.split("_"))


class Types:
    """The TypedDicts of one SDK domain (`types.py`), as JSON schemas."""

    def __init__(self, source: str):
        self.classes = {
            node.name: node
            for node in ast.parse(source).body
            if isinstance(node, ast.ClassDef)
        }

    def object_schema(self, name: str, required_fields: bool, depth: int = 0) -> dict:
        node = self.classes[name]
        properties, required = {}, []
        for item in node.body:
            if not isinstance(item, ast.AnnAssign) or not isinstance(item.target, ast.Name):
                continue
            annotation, optional = item.annotation, False
            if is_subscript_of(annotation, "NotRequired"):
                annotation, optional = annotation.slice, True
            key = camel(item.target.id)
            properties[key] = self.schema(annotation, depth + 1)
            if required_fields and not optional:
                required.append(key)
        schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def schema(self, node: ast.expr, depth: int = 0) -> dict:
        if isinstance(node, ast.Constant) and node.value is None:
            return {"type": "null"}
        if isinstance(node, ast.Name):
            simple = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
            if node.id in simple:
                return {"type": simple[node.id]}
            if node.id == "Any":
                return {}
            if node.id in self.classes and depth < 6:
                return self.object_schema(node.id, False, depth)
            return {}
        if isinstance(node, ast.Attribute) and node.attr in self.classes and depth < 6:
            return self.object_schema(node.attr, False, depth)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            parts = [self.schema(side, depth) for side in (node.left, node.right)]
            nulls = [p for p in parts if p == {"type": "null"}]
            others = [p for p in parts if p != {"type": "null"}]
            if nulls and len(others) == 1 and isinstance(others[0].get("type"), str):
                return {**others[0], "type": [others[0]["type"], "null"]}
            return {"anyOf": parts}
        if isinstance(node, ast.Subscript):
            base = node.value.id if isinstance(node.value, ast.Name) else None
            if base == "list":
                return {"type": "array", "items": self.schema(node.slice, depth)}
            if base == "dict":
                return {"type": "object"}
            if base == "Literal":
                values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
                consts = [v.value for v in values if isinstance(v, ast.Constant)]
                if all(isinstance(c, str) for c in consts):
                    return {"type": "string", "enum": consts}
                return {"enum": consts}
            if base == "NotRequired":
                return self.schema(node.slice, depth)
        return {}


def is_subscript_of(node: ast.expr, name: str) -> bool:
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == name
    )


def type_name(annotation) -> str | None:
    """`T.Foo` or `T.Foo | None` → `Foo`."""
    if isinstance(annotation, ast.BinOp):
        return type_name(annotation.left)
    if isinstance(annotation, ast.Attribute) and isinstance(annotation.value, ast.Name):
        return annotation.attr if annotation.value.id == "T" else None
    return None


def operations(domain_dir: Path):
    """Every call of a domain's client: (method, path, op) with op an OpenAPI operation."""
    types = Types((domain_dir / "types.py").read_text())
    tree = ast.parse((domain_dir / "client.py").read_text())
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            call = next(
                (
                    c
                    for c in ast.walk(fn)
                    if isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Attribute)
                    and c.func.attr == "request"
                ),
                None,
            )
            if call is None:
                continue
            kw = {k.arg: k.value for k in call.keywords}
            method = kw["method"].value.lower()
            path = kw["path"].value
            signed = isinstance(kw.get("requires_signature"), ast.Constant) and kw[
                "requires_signature"
            ].value
            doc = ast.get_docstring(fn) or ""
            summary = doc.strip().splitlines()[0].rstrip(".") if doc.strip() else fn.name
            args = {a.arg: a.annotation for a in fn.args.args[1:]}
            parameters = [
                {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                for p in re.findall(r"\{(\w+)\}", path)
            ]
            query = type_name(args.get("query"))
            if query:
                shape = types.object_schema(query, True)
                for name, schema in shape["properties"].items():
                    parameters.append(
                        {
                            "name": name,
                            "in": "query",
                            "required": name in shape.get("required", []),
                            "schema": schema,
                        }
                    )
            op = {
                "tags": [title(domain_dir.name)],
                "summary": summary,
                "parameters": parameters,
                "security": [{"authenticationToken": [], "userActionSignature": []}]
                if signed
                else [{"authenticationToken": []}],
                "x-apifleet-sdk": {"function": fn.name, "domain": domain_dir.name},
            }
            if "body" in args:
                body = type_name(args["body"])
                schema = types.object_schema(body, True) if body else {"type": "object"}
                op["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": schema}},
                }
            answer = type_name(fn.returns)
            schema = types.object_schema(answer, False) if answer else {"type": "object"}
            op["responses"] = {
                "200": {
                    "description": "Success",
                    "content": {"application/json": {"schema": schema}},
                }
            }
            yield method, path, op


def template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def main() -> None:
    sdk, published = Path(sys.argv[1]), Path(sys.argv[2])
    package = sdk / "dfns_sdk" if (sdk / "dfns_sdk").is_dir() else sdk
    version = re.search(
        r"[\"']([0-9][^\"']*)[\"']", (package / SDK_VERSION_FILE).read_text()
    ).group(1)
    doc = json.loads(published.read_text())
    known = {
        (method, template(path))
        for path, item in doc["paths"].items()
        for method in item
    }
    # A published tag keeps its spelling (`Fee Sponsors`); a new domain gets one from its name.
    tags = {t.lower().replace(" ", "_"): t for item in doc["paths"].values() for op in item.values() for t in op.get("tags", [])[:1]}
    added = 0
    for domain in sorted((package / "generated").iterdir()):
        if not (domain / "client.py").is_file():
            continue
        for method, path, op in operations(domain):
            if (method, template(path)) in known:
                continue
            op["tags"] = [tags.get(domain.name, op["tags"][0])]
            op["x-deviation"] = (
                f"Not in Dfns' published document {doc['info']['version']}: the call as Dfns' "
                f"Python SDK {version} makes it ({op['x-apifleet-sdk']['domain']}."
                f"{op['x-apifleet-sdk']['function']}); fields typed as deep as the SDK's hints, "
                "names camel-cased from them."
            )
            del op["x-apifleet-sdk"]
            doc["paths"].setdefault(path, {})[method] = op
            known.add((method, template(path)))
            added += 1
    doc["info"]["version"] = f"{doc['info']['version']}+sdk-{version}"
    print(f"added {added} operations from dfns-sdk {version}", file=sys.stderr)
    json.dump(doc, sys.stdout, indent=1)


if __name__ == "__main__":
    main()

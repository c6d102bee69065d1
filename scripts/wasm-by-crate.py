#!/usr/bin/env python3
"""What a wasm file's code is made of: bytes of function bodies per crate, from the function
names in its `name` section (a release build before wasm-bindgen and wasm-opt keeps them).

Usage: scripts/wasm-by-crate.py FILE.wasm [ROWS]
       scripts/wasm-by-crate.py --against OLDER.wasm FILE.wasm [ROWS]   (what grew most)

Generic code is counted where rustc names it: `<T as tachys::…::IntoAny>::into_any` counts as
`<T as …>` (views erased into `AnyView`), `<&mut serde_json::de::Deserializer<R> as …>` as
serde_json.
"""

import collections
import re
import sys


def leb128(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb128(data, at + 1)
        yield kind, data[at : at + size]
        at += size


def imported_functions(body):
    count, at = leb128(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, at = leb128(body, at)
            at += length
        kind = body[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = leb128(body, at)
            functions += 1
        elif kind == 1:  # table: element type, limits
            at += 1
            flags, at = leb128(body, at)
            _, at = leb128(body, at)
            if flags & 1:
                _, at = leb128(body, at)
        elif kind == 2:  # memory: limits
            flags, at = leb128(body, at)
            _, at = leb128(body, at)
            if flags & 1:
                _, at = leb128(body, at)
        elif kind == 3:  # global: value type, mutability
            at += 2
    return functions


def function_names(body):
    length, at = leb128(body, 0)
    if body[at : at + length] != b"name":
        return {}
    at += length
    names = {}
    while at < len(body):
        sub = body[at]
        size, at = leb128(body, at + 1)
        end = at + size
        if sub == 1:
            count, k = leb128(body, at)
            for _ in range(count):
                index, k = leb128(body, k)
                length, k = leb128(body, k)
                names[index] = body[k : k + length].decode("utf-8", "replace")
                k += length
        at = end
    return names


def crate_of(name):
    if name.startswith("_ZN"):
        match = re.match(r"_ZN(\d+)", name)
        first = name[match.end() : match.end() + int(match.group(1))]
        if first.startswith("_$LT$"):
            inner = re.sub(r"^(\$RF\$|mut\$u20\$|\$BP\$|const\$u20\$|dyn\$u20\$)+", "", first[5:])
            crate = re.split(r"\.\.|\$", inner)[0]
            return "<T as …>" if crate == "T" else crate or "?"
        return first
    if name.startswith("_R"):
        match = re.search(r"C[a-zA-Z0-9_]*?_(\d+)([a-zA-Z_][a-zA-Z0-9_]*)", name)
        if match:
            return match.group(2)[: int(match.group(1))]
    return "(other)"


def read(path):
    """Code bytes per crate, the number of functions and the data section's bytes."""
    imports, names, bodies, data_bytes = 0, {}, [], 0
    for kind, body in sections(open(path, "rb").read()):
        if kind == 2:
            imports = imported_functions(body)
        elif kind == 0:
            names.update(function_names(body))
        elif kind == 10:
            count, at = leb128(body, 0)
            for _ in range(count):
                size, at = leb128(body, at)
                bodies.append(size)
                at += size
        elif kind == 11:
            data_bytes = len(body)
    per_crate = collections.Counter()
    for index, size in enumerate(bodies):
        per_crate[crate_of(names.get(imports + index, ""))] += size
    return per_crate, len(bodies), data_bytes


def main():
    args = sys.argv[1:]
    before = None
    if args[:1] == ["--against"]:
        before, args = read(args[1]), args[2:]
    per_crate, functions, data_bytes = read(args[0])
    rows = int(args[1]) if len(args) > 1 else 15
    total = sum(per_crate.values())
    print(f"code {total} B in {functions} functions; data {data_bytes} B")
    if before is None:
        for crate, size in per_crate.most_common(rows):
            print(f"{size:>9} B {100 * size / total:5.1f} %  {crate}")
        return
    old, old_functions, old_data = before
    print(
        f"against the older file: code {total - sum(old.values()):+} B, "
        f"functions {functions - old_functions:+}, data {data_bytes - old_data:+} B"
    )
    growth = collections.Counter({c: per_crate[c] - old[c] for c in per_crate | old})
    for crate, change in growth.most_common(rows):
        print(f"{change:>+9} B  {crate} ({old[crate]} B before)")


if __name__ == "__main__":
    main()
